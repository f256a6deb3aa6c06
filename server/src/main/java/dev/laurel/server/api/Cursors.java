package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.platform.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The opaque cursors of paged lists: base64url of where the last page ended. Clients pass them back unchanged; one
 * that does not decode is a validation error on {@code cursor}.
 */
final class Cursors {

    private Cursors() {}

    static String credentials(IssuedCredentials.Position position) {
        return encode("c1|" + position.issuedAt() + "|" + position.id());
    }

    static IssuedCredentials.Position credentials(String cursor) {
        String[] parts = decode(cursor).split("\\|", -1);
        try {
            if (parts.length == 3 && parts[0].equals("c1")) {
                return new IssuedCredentials.Position(Instant.parse(parts[1]), CredentialId.of(parts[2]));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // refused below
        }
        throw invalid();
    }

    static String recipients(String key) {
        return encode("r1|" + key);
    }

    static String recipientsAfter(String cursor) {
        String text = decode(cursor);
        if (!text.startsWith("r1|")) {
            throw invalid();
        }
        return text.substring(3);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static Problem invalid() {
        return ApiError.invalid("cursor", "is not a cursor this API returned");
    }
}
