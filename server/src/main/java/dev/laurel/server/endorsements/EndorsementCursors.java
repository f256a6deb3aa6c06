package dev.laurel.server.endorsements;

import dev.laurel.server.apikeys.ApiError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** The opaque cursors of the endorsements list: base64url of where the last page ended. */
final class EndorsementCursors {

    private EndorsementCursors() {}

    static String of(OrganizationEndorsement last) {
        String text = "e1|" + last.createdAt() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static EndorsementRows.Position position(String cursor) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 3 && parts[0].equals("e1")) {
                return new EndorsementRows.Position(Instant.parse(parts[1]), UUID.fromString(parts[2]));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // refused below
        }
        throw ApiError.invalid("cursor", "is not a cursor this list gave");
    }
}
