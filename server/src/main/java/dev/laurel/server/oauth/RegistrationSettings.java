package dev.laurel.server.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.authorization.OAuth2ClientRegistration;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientRegistrationAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientRegistrationAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientRegistrationAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.converter.OAuth2ClientRegistrationRegisteredClientConverter;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * What a dynamic registration (RFC 7591) becomes: a client that must use PKCE and ask the earner's consent, with the
 * scopes some protocol defines (all of them when it asks for none), a refresh token beside its authorization code
 * grant, and its {@code client_uri} and {@code logo_uri} (https only) kept for the consent page.
 */
final class RegistrationSettings implements Converter<OAuth2ClientRegistration, RegisteredClient> {

    static final String CLIENT_URI = "laurel.client_uri";
    static final String LOGO_URI = "laurel.logo_uri";

    /** How long an access token of an earner's lives. */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

    /** How long a refresh token lives (each refresh gives a new one). */
    static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(90);

    private final OAuth2ClientRegistrationRegisteredClientConverter standard =
            new OAuth2ClientRegistrationRegisteredClientConverter();
    private final Scopes scopes;

    RegistrationSettings(Scopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public RegisteredClient convert(OAuth2ClientRegistration registration) {
        RegisteredClient base = standard.convert(registration);
        ClientSettings.Builder settings = ClientSettings.withSettings(
                        base.getClientSettings().getSettings())
                .requireProofKey(true)
                .requireAuthorizationConsent(true);
        https(registration.getClaims().get("client_uri")).ifPresent(uri -> settings.setting(CLIENT_URI, uri));
        https(registration.getClaims().get("logo_uri")).ifPresent(uri -> settings.setting(LOGO_URI, uri));
        return RegisteredClient.from(base)
                .scopes(granted -> {
                    if (granted.isEmpty()) {
                        granted.addAll(scopes.values());
                    }
                })
                .authorizationGrantTypes(grants -> {
                    if (grants.contains(AuthorizationGrantType.AUTHORIZATION_CODE)) {
                        grants.add(AuthorizationGrantType.REFRESH_TOKEN);
                    }
                })
                .clientSettings(settings.build())
                .tokenSettings(
                        TokenSettings.withSettings(base.getTokenSettings().getSettings())
                                .accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME)
                                .refreshTokenTimeToLive(REFRESH_TOKEN_LIFETIME)
                                .reuseRefreshTokens(false)
                                .build())
                .build();
    }

    /** Checks a registration: redirect URIs as Spring checks them, and only scopes a protocol defines. */
    Consumer<OAuth2ClientRegistrationAuthenticationContext> validator() {
        return OAuth2ClientRegistrationAuthenticationValidator.DEFAULT_REDIRECT_URI_VALIDATOR
                .andThen(OAuth2ClientRegistrationAuthenticationValidator.DEFAULT_JWK_SET_URI_VALIDATOR)
                .andThen(context -> {
                    OAuth2ClientRegistrationAuthenticationToken token = context.getAuthentication();
                    Set<String> asked = new LinkedHashSet<>(
                            token.getClientRegistration().getScopes() == null
                                    ? Set.of()
                                    : token.getClientRegistration().getScopes());
                    asked.removeAll(scopes.values());
                    if (!asked.isEmpty()) {
                        throw new OAuth2AuthenticationException(new OAuth2Error(
                                "invalid_client_metadata", "scopes no protocol here defines: " + asked, null));
                    }
                });
    }

    /** A setting kept in a stored client's settings (their JSON form), or null. */
    static String read(String clientSettings, String name) {
        JsonNode value = Json.parse(clientSettings).path(name);
        return value.isTextual() ? value.asText() : null;
    }

    private static Optional<String> https(Object value) {
        if (!(value instanceof String text) || text.length() > 1000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    ? Optional.of(uri.toString())
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
