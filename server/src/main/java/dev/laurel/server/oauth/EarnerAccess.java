package dev.laurel.server.oauth;

import java.util.Set;
import java.util.UUID;

/**
 * A platform acting for an earner, as an access token the earner granted says: controllers take it with {@code
 * @AuthenticationPrincipal}.
 *
 * @param accountId the earner
 * @param clientId the platform's {@code client_id}
 * @param scopes the scopes granted
 */
public record EarnerAccess(UUID accountId, String clientId, Set<String> scopes) {

    public EarnerAccess {
        scopes = Set.copyOf(scopes);
    }

    /** Whether the earner granted {@code scope}. */
    public boolean granted(String scope) {
        return scopes.contains(scope);
    }
}
