package dev.laurel.credentials.status;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code credentialStatus} entry that breaks a MUST of its data model, e.g. a {@code statusListIndex} that is not a
 * string of decimal digits. Checking it always fails with {@link StatusFailure#MALFORMED_ENTRY}.
 *
 * @param position the entry's index in the {@code credentialStatus} array (0 for a single object)
 * @param type the entry's {@code type}, when it had a readable one
 * @param message what is wrong, naming the property, e.g. {@code credentialStatus[1].statusListIndex must be ...}
 */
public record MalformedStatusEntry(int position, Optional<String> type, String message)
        implements CredentialStatusEntry {
    public MalformedStatusEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }
}
