package dev.laurel.server.issuing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A badge's id, as other modules pass it: written (in URLs, logs and JSON) as the plain UUID. */
public record BadgeId(@JsonValue UUID value) {

    public BadgeId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    @JsonCreator
    public static BadgeId of(String text) {
        return new BadgeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
