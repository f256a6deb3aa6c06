package dev.laurel.server.oauth;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * One more grant type on Laurel's token endpoint ({@code POST /oauth2/token}), declared as a bean by the module that
 * owns it (e.g. OpenID4VCI's {@code urn:ietf:params:oauth:grant-type:pre-authorized_code}): the authorization server
 * adds its converter and provider beside the built-in grants. The provider is given the server's stored
 * authorizations and token generator, so its tokens are signed, stored and revoked as every other.
 */
public interface TokenGrant {

    /** Reads a token request of this grant type into an authentication; null for any other request. */
    AuthenticationConverter converter();

    /** Grants the tokens of a request the converter read. */
    AuthenticationProvider provider(
            OAuth2AuthorizationService authorizations, OAuth2TokenGenerator<? extends OAuth2Token> tokens);
}
