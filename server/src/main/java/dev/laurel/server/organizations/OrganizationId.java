package dev.laurel.server.organizations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * An organization's id, as other modules pass it: written (in URLs, logs and JSON) as the plain UUID, which is also
 * the last segment of its did:web.
 */
public record OrganizationId(@JsonValue UUID value) {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses the UUID text.
     *
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    @JsonCreator
    public static OrganizationId of(String text) {
        return new OrganizationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
