package dev.laurel.credentials.bake;

import java.util.Objects;
import java.util.Optional;

/** The outcome of {@link Baker#unbake}: a credential found, a readable image without one, or an unreadable image. */
public sealed interface UnbakeResult {

    /**
     * A baked credential: the first one in the image.
     *
     * @param image the kind of the image
     * @param payload the credential's text, standard and form; an SVG element body comes without surrounding
     *     whitespace
     * @param verify the SVG {@code verify} attribute when the element has one (for an Open Badges 2.0 assertion with a
     *     JSON body, the hosted assertion's URL); empty for PNG
     */
    record Found(ImageKind image, BadgePayload payload, Optional<String> verify) implements UnbakeResult {
        public Found {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(verify, "verify");
        }
    }

    /** A readable PNG or SVG image that carries no credential. */
    record NotBaked(ImageKind image) implements UnbakeResult {
        public NotBaked {
            Objects.requireNonNull(image, "image");
        }
    }

    /**
     * Not a PNG or SVG image, a broken one, one refused for safety (an SVG declaring entities), or a credential chunk or
     * element that cannot be decoded.
     *
     * @param message what is wrong, for a person
     */
    record Unreadable(String message) implements UnbakeResult {
        public Unreadable {
            Objects.requireNonNull(message, "message");
        }
    }
}
