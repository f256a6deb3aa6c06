package dev.laurel.server.pathways;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A pathway's id; writes as the plain UUID. */
public record PathwayId(@JsonValue UUID value) {

    public PathwayId {
        Objects.requireNonNull(value, "value");
    }

    public static PathwayId random() {
        return new PathwayId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
