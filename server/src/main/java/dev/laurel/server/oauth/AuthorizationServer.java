package dev.laurel.server.oauth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientRegistrationAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.PublicClientAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * What earners and platforms add to Laurel's one authorization server (configured in {@code
 * vcapi.TokenEndpointConfiguration}, beside the API keys' client credentials grant): the platforms that registered
 * dynamically (stored, secrets hashed), the authorization code grant with PKCE and the earner's consent ({@code
 * /oauth/consent}), refresh tokens, revocation, open dynamic registration at {@code /oauth2/register} with the scopes
 * every protocol defines, and every {@link TokenGrant} bean another module declares. Thread-safe.
 */
@Component
public class AuthorizationServer {

    /** The access token claim naming the earner's account (tokens earners granted carry it; API keys' never). */
    public static final String ACCOUNT = "account_id";

    /** Where the consent page is. */
    static final String CONSENT_PAGE = "/oauth/consent";

    /** Where platforms register. */
    public static final String REGISTRATION = "/oauth2/register";

    private final RegisteredClientRepository stored;
    private final StoredAuthorizations authorizations;
    private final StoredConsents consents;
    private final RegistrationSettings registrations;
    private final Scopes scopes;
    private final List<TokenGrant> grants;
    private final PasswordEncoder secrets;

    AuthorizationServer(
            JdbcOperations operations,
            JdbcClient sql,
            Scopes scopes,
            ObjectProvider<TokenGrant> grants,
            PasswordEncoder secrets,
            Clock clock) {
        this.stored = new JdbcRegisteredClientRepository(operations);
        this.authorizations = new StoredAuthorizations(operations, sql, stored);
        this.consents = new StoredConsents(operations, sql, stored, clock);
        this.registrations = new RegistrationSettings(scopes);
        this.scopes = scopes;
        this.grants = grants.orderedStream().toList();
        this.secrets = secrets;
    }

    /** The platforms that registered, found after {@code first} (the API keys) finds nothing; new ones are stored. */
    public RegisteredClientRepository clients(RegisteredClientRepository first) {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                stored.save(client);
            }

            @Override
            public RegisteredClient findById(String id) {
                RegisteredClient found = first.findById(id);
                return found != null ? found : stored.findById(id);
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                RegisteredClient found = first.findByClientId(clientId);
                return found != null ? found : stored.findByClientId(clientId);
            }
        };
    }

    /** The stored authorizations (client credentials grants are not stored). */
    public OAuth2AuthorizationService authorizations() {
        return authorizations;
    }

    /** Authenticating registered platforms at the token and revocation endpoints: by hashed secret, or PKCE alone. */
    public List<AuthenticationProvider> clientAuthentications() {
        ClientSecretAuthenticationProvider secret = new ClientSecretAuthenticationProvider(stored, authorizations);
        secret.setPasswordEncoder(secrets);
        return List.of(secret, new PublicClientAuthenticationProvider(stored, authorizations));
    }

    /** Signed access tokens from {@code jwt}, and refresh tokens. */
    public OAuth2TokenGenerator<OAuth2Token> tokens(JwtGenerator jwt) {
        return new DelegatingOAuth2TokenGenerator(jwt, new OAuth2RefreshTokenGenerator());
    }

    /**
     * Adds the earners' part to the authorization server: consent, registration, revocation, metadata and the extra
     * grants.
     */
    public void configure(OAuth2AuthorizationServerConfigurer server, OAuth2TokenGenerator<OAuth2Token> tokens) {
        OAuth2AuthorizationConsentService consentService = consents;
        server.authorizationConsentService(consentService)
                .authorizationEndpoint(endpoint -> endpoint.consentPage(CONSENT_PAGE))
                .clientRegistrationEndpoint(registration -> registration
                        .openRegistrationAllowed(true)
                        .authenticationProviders(providers -> providers.forEach(provider -> {
                            if (provider instanceof OAuth2ClientRegistrationAuthenticationProvider dynamic) {
                                dynamic.setOpenRegistrationAllowed(true);
                                dynamic.setPasswordEncoder(secrets);
                                dynamic.setRegisteredClientConverter(registrations);
                                dynamic.setAuthenticationValidator(registrations.validator());
                            }
                        })))
                .tokenEndpoint(
                        endpoint -> grants.forEach(grant -> endpoint.accessTokenRequestConverter(grant.converter())
                                .authenticationProvider(grant.provider(authorizations, tokens))))
                .authorizationServerMetadataEndpoint(metadata ->
                        metadata.authorizationServerMetadataCustomizer(claims -> claims.scopes(supported -> {
                                    supported.clear();
                                    supported.addAll(scopes.values());
                                })
                                .codeChallengeMethods(methods -> {
                                    methods.clear();
                                    methods.add("S256");
                                })));
    }

    /** The claims of an access token an earner granted: their account, and ES256 as every Laurel token. */
    public static void earnerClaims(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getJwsHeader().algorithm(SignatureAlgorithm.ES256);
        if (AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())
                || AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType())) {
            java.util.UUID account = StoredAuthorizations.accountOf(context.getPrincipal());
            if (account != null) {
                context.getClaims()
                        .subject(account.toString())
                        .claim(ACCOUNT, account.toString())
                        .claim("client_id", context.getRegisteredClient().getClientId());
            }
        }
    }

    /**
     * An unauthenticated request to the authorization endpoint goes to the login page, which comes back to it; other
     * requests get {@code otherwise}.
     */
    public static AuthenticationEntryPoint loginFirst(AuthenticationEntryPoint otherwise) {
        return (request, response, e) -> {
            if (isAuthorize(request)) {
                String back = request.getRequestURI()
                                .substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + "/login?continue="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return;
            }
            otherwise.commence(request, response, e);
        };
    }

    private static boolean isAuthorize(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/oauth2/authorize") && "GET".equals(request.getMethod());
    }
}
