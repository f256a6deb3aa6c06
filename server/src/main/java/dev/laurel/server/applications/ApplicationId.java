package dev.laurel.server.applications;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An application's id. */
public record ApplicationId(@JsonValue UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
