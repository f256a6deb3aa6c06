package dev.laurel.server.apikeys;

import dev.laurel.server.organizations.Actor;
import dev.laurel.server.platform.Problem;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling the API: the key and the organization it acts for, with its scopes. Controllers take it with
 * {@code @AuthenticationPrincipal} and check a scope with {@link #require}.
 */
public record ApiClient(UUID keyId, UUID organizationId, String name, Set<Scope> scopes)
        implements Principal, Serializable {

    public ApiClient {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String getName() {
        return "api-key:" + keyId;
    }

    /** This key as the one who acts for its organization. */
    public Actor actor() {
        return new Actor.ApiKey(keyId, organizationId);
    }

    /**
     * Checks that this key may act with {@code scope}.
     *
     * @throws Problem {@code api.scope} (403) naming the scope, when it may not
     */
    public void require(Scope scope) {
        if (!scope.grantedBy(scopes)) {
            throw ApiError.SCOPE.problem("this API key lacks the scope '" + scope.key() + "'");
        }
    }
}
