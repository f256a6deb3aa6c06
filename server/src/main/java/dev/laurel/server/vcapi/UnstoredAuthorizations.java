package dev.laurel.server.vcapi;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no authorizations: the access tokens are self-contained JWTs, checked by signature, and the API key behind
 * one is looked up on every request, so revoking the key ends its tokens at once. Introspection and revocation of a
 * token therefore find nothing.
 */
final class UnstoredAuthorizations implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {}

    @Override
    public void remove(OAuth2Authorization authorization) {}

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
