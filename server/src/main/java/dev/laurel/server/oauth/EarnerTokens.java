package dev.laurel.server.oauth;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.server.platform.LaurelSettings;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Access tokens earners granted, as a resource server reads them: signed by this Laurel (ES256, its base URL as
 * issuer, unexpired), naming an account ({@value AuthorizationServer#ACCOUNT}), and still active in the stored
 * authorizations — so revoking a platform or a token ends it at once. API keys and the VC-API's tokens are refused.
 */
@Component
public class EarnerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JWKSource<SecurityContext> keys;
    private final LaurelSettings settings;
    private final AuthorizationServer server;

    EarnerTokens(JWKSource<SecurityContext> keys, LaurelSettings settings, AuthorizationServer server) {
        this.keys = keys;
        this.settings = settings;
        this.server = server;
    }

    /** The decoder of the tokens' signatures and times. */
    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(settings.baseUrl().toString()));
        return decoder;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID account;
        try {
            account = UUID.fromString(jwt.getClaimAsString(AuthorizationServer.ACCOUNT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("the access token was not granted by an earner");
        }
        OAuth2Authorization authorization =
                server.authorizations().findByToken(jwt.getTokenValue(), OAuth2TokenType.ACCESS_TOKEN);
        OAuth2Authorization.Token<OAuth2AccessToken> stored =
                authorization == null ? null : authorization.getToken(OAuth2AccessToken.class);
        if (stored == null || !stored.isActive()) {
            throw new InvalidBearerTokenException("the access token was revoked");
        }
        EarnerAccess access = new EarnerAccess(
                account, String.valueOf(jwt.getClaims().get("client_id")), scopes(jwt.getClaim("scope")));
        return UsernamePasswordAuthenticationToken.authenticated(
                access, null, List.of(new SimpleGrantedAuthority("ROLE_EARNER_ACCESS")));
    }

    private static Set<String> scopes(Object claim) {
        if (claim instanceof Collection<?> values) {
            return Set.copyOf(values.stream().map(String::valueOf).toList());
        }
        if (claim instanceof String text) {
            return Set.copyOf(Arrays.asList(text.split(" ")));
        }
        return Set.of();
    }
}
