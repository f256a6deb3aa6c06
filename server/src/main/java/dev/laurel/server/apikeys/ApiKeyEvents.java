package dev.laurel.server.apikeys;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to API keys, for the audit log. {@code by} is the acting member's account and {@code byKey} the acting
 * API key, when a key made or revoked another.
 */
public final class ApiKeyEvents {

    private ApiKeyEvents() {}

    @NamedInterface("events")
    public record ApiKeyCreated(
            UUID organizationId, UUID keyId, String name, String prefix, List<String> scopes, UUID by, UUID byKey) {
        public ApiKeyCreated {
            scopes = List.copyOf(scopes);
        }
    }

    @NamedInterface("events")
    public record ApiKeyRevoked(UUID organizationId, UUID keyId, String name, String prefix, UUID by, UUID byKey) {}
}
