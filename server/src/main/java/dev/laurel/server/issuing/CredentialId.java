package dev.laurel.server.issuing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * An issued credential's id, as other modules pass it: written (in URLs, logs and JSON) as the plain UUID, the last
 * segment of its public page /c/ID.
 */
public record CredentialId(@JsonValue UUID value) {

    public CredentialId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    @JsonCreator
    public static CredentialId of(String text) {
        return new CredentialId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
