package dev.laurel.server.oauth;

import dev.laurel.server.accounts.LaurelUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The authorizations earners gave, in PostgreSQL ({@code oauth2_authorization}) through Spring's JDBC service, with
 * two changes: codes, access and refresh tokens are stored as their SHA-256 (a copy of the table grants nothing; a
 * token presented is hashed to be found), and the earner is stored as their account id only (never the session's
 * user with its password hash), also in {@code account_id} for their account page and erasure. Client credentials
 * grants (the VC-API's API keys) are not stored: their JWTs are checked by signature and the key behind them.
 */
final class StoredAuthorizations implements OAuth2AuthorizationService {

    private static final String HASHED = "sha256:";

    private final JdbcOAuth2AuthorizationService jdbc;
    private final JdbcClient sql;

    StoredAuthorizations(JdbcOperations operations, JdbcClient sql, RegisteredClientRepository clients) {
        this.jdbc = new JdbcOAuth2AuthorizationService(operations, clients);
        this.sql = sql;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            return;
        }
        OAuth2Authorization.Builder stored = OAuth2Authorization.from(authorization);
        UUID account = null;
        if (authorization.getAttribute(Principal.class.getName()) instanceof Authentication principal) {
            account = accountOf(principal);
            if (account != null) {
                stored.attribute(
                        Principal.class.getName(),
                        UsernamePasswordAuthenticationToken.authenticated(
                                account.toString(), null, principal.getAuthorities()));
            }
        }
        for (Class<? extends OAuth2Token> type :
                List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null && !token.getToken().getTokenValue().startsWith(HASHED)) {
                stored.token(
                        withValue(token.getToken(), hash(token.getToken().getTokenValue())),
                        metadata -> metadata.putAll(token.getMetadata()));
            }
        }
        jdbc.save(stored.build());
        if (account != null) {
            sql.sql("update oauth2_authorization set account_id = :account where id = :id")
                    .param("account", account)
                    .param("id", authorization.getId())
                    .update();
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        jdbc.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return jdbc.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (token == null) {
            return null;
        }
        if (tokenType != null && OAuth2ParameterNames.STATE.equals(tokenType.getValue())) {
            return jdbc.findByToken(token, tokenType);
        }
        String hashed = hash(token);
        OAuth2Authorization found = jdbc.findByToken(hashed, tokenType);
        if (found == null) {
            return tokenType == null ? jdbc.findByToken(token, null) : null;
        }
        OAuth2Authorization.Token<OAuth2Token> matched = found.getToken(hashed);
        if (matched == null) {
            return found;
        }
        return OAuth2Authorization.from(found)
                .token(withValue(matched.getToken(), token), metadata -> metadata.putAll(matched.getMetadata()))
                .build();
    }

    /** The account of an earner's authentication: the session's user, or the account id stored in its place. */
    static UUID accountOf(Authentication principal) {
        if (principal.getPrincipal() instanceof LaurelUser user) {
            return user.accountId();
        }
        try {
            return UUID.fromString(principal.getName());
        } catch (IllegalArgumentException | NullPointerException notAnAccount) {
            return null;
        }
    }

    static String hash(String value) {
        try {
            return HASHED
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends OAuth2Token> T withValue(T token, String value) {
        return (T)
                switch (token) {
                    case OAuth2AuthorizationCode code ->
                        new OAuth2AuthorizationCode(value, code.getIssuedAt(), code.getExpiresAt());
                    case OAuth2AccessToken access ->
                        new OAuth2AccessToken(
                                access.getTokenType(),
                                value,
                                access.getIssuedAt(),
                                access.getExpiresAt(),
                                access.getScopes());
                    case OAuth2RefreshToken refresh ->
                        new OAuth2RefreshToken(value, refresh.getIssuedAt(), refresh.getExpiresAt());
                    default -> token;
                };
    }
}
