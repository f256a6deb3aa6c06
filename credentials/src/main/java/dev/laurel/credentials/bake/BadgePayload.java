package dev.laurel.credentials.bake;

import java.util.Objects;

/**
 * What is baked into an image, or was found in one: the text of an Open Badges 3.0 credential or an Open Badges 2.0
 * assertion, with its standard and form.
 *
 * <p>Baking is transport only: the text is not parsed or verified here. The factories tell the form from the first
 * characters: JSON starts with <code>{</code>, a hosted Open Badges 2.0 assertion with {@code http://} or
 * {@code https://}, anything else is taken as a compact JWS. Immutable and thread-safe.
 *
 * @param standard the Open Badges version whose baking rules apply
 * @param form where the text goes in an SVG; PNG carries every form as the chunk's text
 * @param text the payload, not empty
 */
public record BadgePayload(BadgeStandard standard, PayloadForm form, String text) {

    /**
     * @throws IllegalArgumentException if the text is empty, or an Open Badges 3.0 payload claims the URL form
     */
    public BadgePayload {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a baked payload cannot be empty");
        }
        if (standard == BadgeStandard.OPEN_BADGES_3_0 && form == PayloadForm.URL) {
            throw new IllegalArgumentException("Open Badges 3.0 has no hosted-URL baking form");
        }
    }

    /** An Open Badges 3.0 credential: its JSON (embedded proof) or its compact VC-JWT. */
    public static BadgePayload openBadgeCredential(String jsonOrJwt) {
        return of(BadgeStandard.OPEN_BADGES_3_0, jsonOrJwt);
    }

    /** An Open Badges 2.0 assertion: its JSON, the URL of a hosted assertion, or a signed assertion (JWS). */
    public static BadgePayload assertion(String jsonUrlOrJws) {
        return of(BadgeStandard.OPEN_BADGES_2_0, jsonUrlOrJws);
    }

    /** A payload of the given standard, its form told from its first characters. */
    public static BadgePayload of(BadgeStandard standard, String text) {
        Objects.requireNonNull(text, "text");
        String start = text.stripLeading();
        PayloadForm form;
        if (start.startsWith("{")) {
            form = PayloadForm.JSON;
        } else if (standard == BadgeStandard.OPEN_BADGES_2_0
                && (start.startsWith("https://") || start.startsWith("http://"))) {
            form = PayloadForm.URL;
        } else {
            form = PayloadForm.COMPACT_JWS;
        }
        return new BadgePayload(standard, form, text);
    }
}
