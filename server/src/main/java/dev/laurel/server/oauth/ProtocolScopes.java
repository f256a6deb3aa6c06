package dev.laurel.server.oauth;

import java.util.List;

/**
 * The scopes one protocol defines (the OB 3.0 API now; the OB 2.1 backpack and OpenID4VCI may follow): a module
 * declares its protocol's as a bean, and {@link Scopes} collects them for registration, metadata and consent.
 *
 * @param protocol the protocol's name, e.g. {@code ob3}
 * @param scopes its scopes
 */
public record ProtocolScopes(String protocol, List<Scope> scopes) {

    public ProtocolScopes {
        scopes = List.copyOf(scopes);
    }
}
