package dev.laurel.server.vcapi;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.server.apikeys.ApiKey;
import dev.laurel.server.apikeys.ApiKeys;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Access tokens on the VC-API: decoded with the shared signing key (ES256, this Laurel as issuer, the verifier among
 * the audiences, not expired), and turned into the {@link VcApiClient} of the API key behind them — which must still
 * be unrevoked: revoking a key ends its tokens at once. API keys themselves ({@code lrl_…}) are left to the key filter.
 */
final class AccessTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ORGANIZATION = "organization_id";
    static final String KEY = "key_id";

    private static final DefaultBearerTokenResolver BEARER = new DefaultBearerTokenResolver();

    private final ApiKeys keys;

    AccessTokens(ApiKeys keys) {
        this.keys = keys;
    }

    static JwtDecoder decoder(JWKSource<SecurityContext> keys, VcApiInstances instances) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, audiences -> audiences != null && audiences.contains(instances.verifier()));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                List.of(JwtValidators.createDefaultWithIssuer(instances.tokenIssuer()), audience)));
        return decoder;
    }

    /** Bearer values other than API keys: those are the access tokens. */
    static String resolve(HttpServletRequest request) {
        String token = BEARER.resolve(request);
        return token == null || token.startsWith(ApiKeyFilter.KEY_PREFIX) ? null : token;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID keyId;
        UUID organization;
        try {
            keyId = UUID.fromString(jwt.getClaimAsString(KEY));
            organization = UUID.fromString(jwt.getClaimAsString(ORGANIZATION));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("the access token names no API key and organization");
        }
        ApiKey key = keys.find(keyId)
                .filter(ApiKey::active)
                .filter(found -> found.organizationId().equals(organization))
                .orElseThrow(() -> new InvalidBearerTokenException("the API key behind the access token was revoked"));
        Set<VcApiOperation> operations = EnumSet.noneOf(VcApiOperation.class);
        operations.addAll(VcApiOperation.grantedByToken(scopes(jwt.getClaim("scope"))));
        operations.retainAll(VcApiOperation.grantedToKey(key.scopes()));
        VcApiClient client = new VcApiClient(keyId, organization, operations, Set.copyOf(jwt.getAudience()));
        return UsernamePasswordAuthenticationToken.authenticated(
                client, null, List.of(new SimpleGrantedAuthority("ROLE_API")));
    }

    private static Collection<String> scopes(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return Arrays.asList(text.split(" "));
        }
        return List.of();
    }
}
