package dev.laurel.server.oauth;

import dev.laurel.server.accounts.LaurelUser;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * What each earner consented to, per platform ({@code oauth2_authorization_consent}), with the earner's account and
 * when: the account page lists them as connected platforms. A consent is saved by the earner on the consent page, so
 * the account is the logged-in user's.
 */
final class StoredConsents implements OAuth2AuthorizationConsentService {

    private final JdbcOAuth2AuthorizationConsentService jdbc;
    private final JdbcClient sql;
    private final Clock clock;

    StoredConsents(JdbcOperations operations, JdbcClient sql, RegisteredClientRepository clients, Clock clock) {
        this.jdbc = new JdbcOAuth2AuthorizationConsentService(operations, clients);
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        jdbc.save(consent);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof LaurelUser user) {
            sql.sql("update oauth2_authorization_consent set account_id = :account, granted_at = :at "
                            + "where registered_client_id = :client and principal_name = :principal")
                    .param("account", user.accountId())
                    .param("at", Timestamp.from(clock.instant()))
                    .param("client", consent.getRegisteredClientId())
                    .param("principal", consent.getPrincipalName())
                    .update();
        }
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        jdbc.remove(consent);
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        return jdbc.findById(registeredClientId, principalName);
    }
}
