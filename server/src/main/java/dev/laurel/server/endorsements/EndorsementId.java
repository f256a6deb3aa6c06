package dev.laurel.server.endorsements;

import java.util.Objects;
import java.util.UUID;

/** An endorsement this Laurel signed. */
public record EndorsementId(UUID value) {

    public EndorsementId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
