package dev.laurel.server.apikeys;

import dev.laurel.server.organizations.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** What happens to API keys, for the audit log, with who acted as recorded ({@link Actor#recorded()}). */
public final class ApiKeyEvents {

    private ApiKeyEvents() {}

    @NamedInterface("events")
    public record ApiKeyCreated(
            UUID organizationId, UUID keyId, String name, String prefix, List<String> scopes, Actor actor) {
        public ApiKeyCreated {
            scopes = List.copyOf(scopes);
        }
    }

    @NamedInterface("events")
    public record ApiKeyRevoked(UUID organizationId, UUID keyId, String name, String prefix, Actor actor) {}
}
