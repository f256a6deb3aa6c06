package dev.laurel.server.vcapi;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiKeys;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

/**
 * Authenticates a token request's client by its API key: {@code client_secret} must be a valid, unrevoked key whose
 * prefix is the {@code client_id} (sent with HTTP Basic or in the form body). Anything else is {@code invalid_client}.
 */
final class ApiKeyClientAuthentication implements AuthenticationProvider {

    private final ApiKeys keys;
    private final ApiKeyClients clients;

    ApiKeyClientAuthentication(ApiKeys keys, ApiKeyClients clients) {
        this.keys = keys;
        this.clients = clients;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        OAuth2ClientAuthenticationToken request = (OAuth2ClientAuthenticationToken) authentication;
        ClientAuthenticationMethod method = request.getClientAuthenticationMethod();
        if (!ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(method)
                && !ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(method)) {
            throw invalid("authenticate with client_id (the API key's prefix) and client_secret (the whole key)");
        }
        String clientId = String.valueOf(request.getPrincipal());
        String secret =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        if (!secret.startsWith(clientId + "_")) {
            throw invalid("client_secret must be the API key whose prefix is client_id");
        }
        ApiClient client = keys.authenticate(secret).orElseThrow(() -> invalid("not a valid, unrevoked API key"));
        return clients.find(client.keyId())
                .map(registered -> new OAuth2ClientAuthenticationToken(registered, method, secret))
                .orElseThrow(() -> invalid("not a valid, unrevoked API key"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, description, null));
    }
}
