package dev.laurel.server.vcapi;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.platform.Problems;
import dev.laurel.server.web.SecurityChains;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The OAuth 2.0 authorization server of the VC-API (VCALM §Authorization, OAuth 2.0): the client credentials grant
 * at {@code POST /oauth2/token}, where an API key is the client ({@link ApiKeyClients}), its metadata at {@code
 * /.well-known/oauth-authorization-server} and the public key at {@code /oauth2/jwks}.
 *
 * <p>An access token is an ES256 JWT signed with the {@link TokenSigningKey} every node shares, valid for five
 * minutes: {@code iss} this Laurel's base URL, {@code aud} the instances it is for (the key's organization's issuer
 * instance and the verifier), {@code scope} the VCALM scopes — those requested, or without {@code scope} every scope
 * the key allows — and {@code organization_id}, {@code key_id}.
 */
@Configuration(proxyBeanMethods = false)
class TokenEndpointConfiguration {

    /** The shared signing key, as the authorization server and the token decoder read it. */
    @Bean
    JWKSource<SecurityContext> vcApiTokenKeys(TokenSigningKey key) {
        return (selector, context) -> selector.select(new JWKSet(key.key()));
    }

    @Bean
    @Order(SecurityChains.TOKEN_ENDPOINT)
    @ConditionalOnWebApplication
    SecurityFilterChain vcApiTokenEndpoint(
            HttpSecurity http, ApiKeys keys, JWKSource<SecurityContext> tokenKeys, VcApiInstances instances)
            throws Exception {
        ApiKeyClients clients = new ApiKeyClients(keys);
        JwtGenerator tokens = new JwtGenerator(new NimbusJwtEncoder(tokenKeys));
        tokens.setJwtCustomizer(context -> claims(context, instances));
        http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server/**")
                .oauth2AuthorizationServer(server -> server.registeredClientRepository(clients)
                        .authorizationService(new UnstoredAuthorizations())
                        .authorizationServerSettings(AuthorizationServerSettings.builder()
                                .issuer(instances.tokenIssuer())
                                .build())
                        .tokenGenerator(tokens)
                        .clientAuthentication(client -> client.authenticationProviders(providers -> {
                            providers.clear();
                            providers.add(new ApiKeyClientAuthentication(keys, clients));
                        }))
                        .tokenEndpoint(endpoint -> endpoint.accessTokenRequestConverter(new DefaultScopes())))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> Problems.write(
                        request,
                        response,
                        VcApiProblem.UNAUTHENTICATED.problem(
                                "authenticate as the OAuth 2.0 client of an API key: client_id is its prefix, "
                                        + "client_secret the whole key"))));
        return http.build();
    }

    /** The VC-API claims of an access token; the key's organization comes from its client settings. */
    static void claims(JwtEncodingContext context, VcApiInstances instances) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        String organization = client.getClientSettings().getSetting(ApiKeyClients.ORGANIZATION);
        context.getJwsHeader().algorithm(SignatureAlgorithm.ES256);
        context.getClaims()
                .audience(List.of(instances.issuer(organization), instances.verifier()))
                .claim(AccessTokens.ORGANIZATION, organization)
                .claim(AccessTokens.KEY, client.getId());
    }

    /** A client credentials request without {@code scope} asks for every scope the client may have (RFC 6749 §3.3). */
    static final class DefaultScopes implements AuthenticationConverter {

        private final AuthenticationConverter standard = new OAuth2ClientCredentialsAuthenticationConverter();

        @Override
        public Authentication convert(HttpServletRequest request) {
            Authentication converted = standard.convert(request);
            if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token
                    && token.getScopes().isEmpty()
                    && token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                    && client.getRegisteredClient() != null) {
                return new OAuth2ClientCredentialsAuthenticationToken(
                        client, client.getRegisteredClient().getScopes(), token.getAdditionalParameters());
            }
            return converted;
        }
    }
}
