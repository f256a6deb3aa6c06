package dev.laurel.server.oauth;

import dev.laurel.server.accounts.AccountErased;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platforms an earner let in: one per consent, with the scopes granted and since when. Revoking one removes the
 * consent and every authorization of that platform for the earner, so its access and refresh tokens stop working at
 * once (the OB 3.0 API looks each access token up).
 */
@Repository
public class ConnectedPlatforms {

    /**
     * A platform an earner connected.
     *
     * @param clientId the platform's registration id (the registered client's internal id)
     * @param name the name it registered with
     * @param uri its home page, or null
     * @param scopes the scopes granted
     * @param since when the earner consented
     */
    public record Connection(String clientId, String name, String uri, List<String> scopes, Instant since) {
        /** The day of the consent (UTC), for pages. */
        public java.time.LocalDate sinceDay() {
            return since.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
    }

    private final JdbcClient jdbc;

    ConnectedPlatforms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The earner's connected platforms, most recent first. */
    public List<Connection> of(UUID accountId) {
        return jdbc.sql("select c.registered_client_id, r.client_name, r.client_settings, c.authorities, c.granted_at "
                        + "from oauth2_authorization_consent c join oauth2_registered_client r "
                        + "on r.id = c.registered_client_id where c.account_id = :account "
                        + "order by c.granted_at desc")
                .param("account", accountId)
                .query(ConnectedPlatforms::connection)
                .list();
    }

    /** Ends a platform's access for the earner; false when it was not connected. */
    @Transactional
    public boolean revoke(UUID accountId, String clientId) {
        int consents = jdbc.sql("delete from oauth2_authorization_consent where account_id = :account "
                        + "and registered_client_id = :client")
                .param("account", accountId)
                .param("client", clientId)
                .update();
        int authorizations = jdbc.sql(
                        "delete from oauth2_authorization where account_id = :account and registered_client_id = :client")
                .param("account", accountId)
                .param("client", clientId)
                .update();
        return consents + authorizations > 0;
    }

    /** An erased earner's consents and authorizations go: they name the person (their login address). */
    @EventListener
    void on(AccountErased erased) {
        jdbc.sql(
                        "delete from oauth2_authorization_consent where account_id = :account or principal_name in (:addresses)")
                .param("account", erased.accountId())
                .param("addresses", erased.addresses().isEmpty() ? List.of("") : erased.addresses())
                .update();
        jdbc.sql("delete from oauth2_authorization where account_id = :account or principal_name in (:addresses)")
                .param("account", erased.accountId())
                .param("addresses", erased.addresses().isEmpty() ? List.of("") : erased.addresses())
                .update();
    }

    private static Connection connection(ResultSet rs, int row) throws SQLException {
        String authorities = rs.getString("authorities");
        List<String> scopes = Arrays.stream(authorities.split(","))
                .map(String::strip)
                .filter(a -> a.startsWith("SCOPE_"))
                .map(a -> a.substring("SCOPE_".length()))
                .toList();
        return new Connection(
                rs.getString("registered_client_id"),
                rs.getString("client_name"),
                RegistrationSettings.read(rs.getString("client_settings"), RegistrationSettings.CLIENT_URI),
                scopes,
                rs.getTimestamp("granted_at").toInstant());
    }
}
