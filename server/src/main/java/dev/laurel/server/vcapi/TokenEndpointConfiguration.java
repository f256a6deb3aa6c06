package dev.laurel.server.vcapi;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.oauth.AuthorizationServer;
import dev.laurel.server.platform.Problems;
import dev.laurel.server.web.SecurityChains;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Laurel's OAuth 2.0 authorization server, first the VC-API's (VCALM §Authorization, OAuth 2.0): the client credentials grant
 * at {@code POST /oauth2/token}, where an API key is the client ({@link ApiKeyClients}), its metadata at {@code
 * /.well-known/oauth-authorization-server} and the public key at {@code /oauth2/jwks}.
 *
 * <p>An access token is an ES256 JWT signed with the {@link TokenSigningKey} every node shares, valid for five
 * minutes: {@code iss} this Laurel's base URL, {@code aud} the instances it is for (the key's organization's issuer
 * instance and the verifier), {@code scope} the VCALM scopes — those requested, or without {@code scope} every scope
 * the key allows — and {@code organization_id}, {@code key_id}.
 *
 * <p>The same server serves earners and the platforms they connect ({@link AuthorizationServer}: dynamic
 * registration, authorization code with PKCE and consent, refresh, revocation) and every further grant another module
 * declares as an {@code oauth.TokenGrant} bean.
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
            HttpSecurity http,
            ApiKeys keys,
            JWKSource<SecurityContext> tokenKeys,
            VcApiInstances instances,
            AuthorizationServer earners)
            throws Exception {
        ApiKeyClients apiKeyClients = new ApiKeyClients(keys);
        RegisteredClientRepository clients = earners.clients(apiKeyClients);
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(tokenKeys));
        jwt.setJwtCustomizer(context -> claims(context, instances));
        OAuth2TokenGenerator<OAuth2Token> tokens = earners.tokens(jwt);
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> Problems.write(
                request,
                response,
                VcApiProblem.UNAUTHENTICATED.problem(
                        "authenticate as the OAuth 2.0 client of an API key: client_id is its prefix, "
                                + "client_secret the whole key"));
        http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server/**")
                .oauth2AuthorizationServer(server -> {
                    server.registeredClientRepository(clients)
                            .authorizationService(earners.authorizations())
                            .authorizationServerSettings(AuthorizationServerSettings.builder()
                                    .issuer(instances.tokenIssuer())
                                    .build())
                            .tokenGenerator(tokens)
                            .clientAuthentication(client -> client.authenticationProviders(providers -> {
                                providers.clear();
                                // An API key (lrl_…) is authenticated as one, any other client as a registered
                                // platform: each hears the refusal of its own kind.
                                earners.clientAuthentications()
                                        .forEach(provider -> providers.add(new ForClients(provider, false)));
                                providers.add(
                                        new ForClients(new ApiKeyClientAuthentication(keys, apiKeyClients), true));
                            }))
                            .tokenEndpoint(endpoint -> endpoint.accessTokenRequestConverter(new DefaultScopes()));
                    earners.configure(server, tokens);
                })
                .authorizeHttpRequests(requests -> requests.requestMatchers(AuthorizationServer.REGISTRATION)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // Earners reach the authorization endpoint logged in to their session: it is read, never created.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(
                        context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(AuthorizationServer.loginFirst(unauthenticated)));
        return http.build();
    }

    /** A client authentication for API keys ({@code lrl_…}) only, or for every other client. */
    private record ForClients(AuthenticationProvider provider, boolean apiKeys) implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            boolean apiKey = String.valueOf(authentication.getPrincipal()).startsWith(ApiKeyFilter.KEY_PREFIX);
            return apiKey == apiKeys ? provider.authenticate(authentication) : null;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return provider.supports(authentication);
        }
    }

    /** The VC-API claims of an access token; the key's organization comes from its client settings. */
    static void claims(JwtEncodingContext context, VcApiInstances instances) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        String organization = client.getClientSettings().getSetting(ApiKeyClients.ORGANIZATION);
        if (organization == null) {
            AuthorizationServer.earnerClaims(context);
            return;
        }
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
