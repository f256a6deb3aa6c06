package dev.laurel.server.apikeys;

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

    /**
     * Checks that this key may act with {@code scope}.
     *
     * @throws MissingScopeException when it may not
     */
    public void require(Scope scope) {
        if (!scope.grantedBy(scopes)) {
            throw new MissingScopeException(scope);
        }
    }

    /** A request the key's scopes do not allow: 403 with the code {@code api.scope}. */
    public static final class MissingScopeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Scope scope;

        MissingScopeException(Scope scope) {
            super("this API key lacks the scope '" + scope.key() + "'");
            this.scope = scope;
        }

        public Scope scope() {
            return scope;
        }
    }
}
