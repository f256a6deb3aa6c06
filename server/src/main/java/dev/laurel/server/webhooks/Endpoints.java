package dev.laurel.server.webhooks;

import dev.laurel.server.platform.MasterKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every webhook endpoint, as a collection. Secrets are stored AES-GCM encrypted under the master key, bound to the
 * endpoint's id, and leave this class only as signing keys. Every method that takes an organization finds nothing of
 * another organization. Thread-safe.
 */
@Component
class Endpoints {

    private static final String COLUMNS =
            "id, organization_id, url, description, event_types, enabled, created_at, updated_at, previous_secret_until";

    private final JdbcClient jdbc;
    private final MasterKey masterKey;

    Endpoints(JdbcClient jdbc, MasterKey masterKey) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
    }

    void add(WebhookEndpoint endpoint, byte[] key) {
        jdbc.sql("""
                        insert into webhook_endpoints (id, organization_id, url, description, event_types, enabled,
                                                       secret_ciphertext, created_at, updated_at)
                        values (:id, :org, :url, :description, :events, :enabled, :secret, :now, :now)
                        """)
                .param("id", endpoint.id())
                .param("org", endpoint.organizationId())
                .param("url", endpoint.url().toString())
                .param("description", endpoint.description())
                .param("events", endpoint.events().stored())
                .param("enabled", endpoint.enabled())
                .param("secret", masterKey.encrypt(key, context(endpoint.id())))
                .param("now", Timestamp.from(endpoint.createdAt()))
                .update();
    }

    Optional<WebhookEndpoint> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from webhook_endpoints where id = :id and organization_id = :org")
                .param("id", id)
                .param("org", organizationId)
                .query(Endpoints::endpoint)
                .optional();
    }

    /** The organization's endpoints, oldest first. */
    List<WebhookEndpoint> of(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS
                        + " from webhook_endpoints where organization_id = :org order by created_at")
                .param("org", organizationId)
                .query(Endpoints::endpoint)
                .list();
    }

    int count(UUID organizationId) {
        return jdbc.sql("select count(*) from webhook_endpoints where organization_id = :org")
                .param("org", organizationId)
                .query(Integer.class)
                .single();
    }

    /** The enabled endpoints of the organization that want {@code type}. */
    List<UUID> subscribers(UUID organizationId, EventType type) {
        record Subscription(UUID id, EventFilter events) {}
        return jdbc
                .sql("select id, event_types from webhook_endpoints where organization_id = :org and enabled")
                .param("org", organizationId)
                .query((rs, row) -> new Subscription(
                        rs.getObject("id", UUID.class), EventFilter.parseStored(rs.getString("event_types"))))
                .list()
                .stream()
                .filter(subscription -> subscription.events().matches(type))
                .map(Subscription::id)
                .toList();
    }

    /** Saves what may change: URL, description, events, enabled. False when there is no such endpoint. */
    boolean update(WebhookEndpoint endpoint) {
        return jdbc.sql("""
                                update webhook_endpoints set url = :url, description = :description,
                                    event_types = :events, enabled = :enabled, updated_at = :now
                                where id = :id and organization_id = :org
                                """)
                        .param("url", endpoint.url().toString())
                        .param("description", endpoint.description())
                        .param("events", endpoint.events().stored())
                        .param("enabled", endpoint.enabled())
                        .param("now", Timestamp.from(endpoint.updatedAt()))
                        .param("id", endpoint.id())
                        .param("org", endpoint.organizationId())
                        .update()
                > 0;
    }

    /**
     * Replaces the secret with {@code key}; the current one keeps signing alongside it until {@code previousUntil}.
     * False when there is no such endpoint.
     */
    boolean rotate(UUID organizationId, UUID id, byte[] key, Instant now, Instant previousUntil) {
        return jdbc.sql("""
                                update webhook_endpoints set previous_secret_ciphertext = secret_ciphertext,
                                    previous_secret_until = :until, secret_ciphertext = :secret, updated_at = :now
                                where id = :id and organization_id = :org
                                """)
                        .param("until", Timestamp.from(previousUntil))
                        .param("secret", masterKey.encrypt(key, context(id)))
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("org", organizationId)
                        .update()
                > 0;
    }

    /** Deletes the endpoint with its deliveries and their log. False when there is no such endpoint. */
    boolean delete(UUID organizationId, UUID id) {
        return jdbc.sql("delete from webhook_endpoints where id = :id and organization_id = :org")
                        .param("id", id)
                        .param("org", organizationId)
                        .update()
                > 0;
    }

    /** The keys that sign a delivery to the endpoint at {@code now}: the current secret's, then a rotated one's. */
    List<byte[]> signingKeys(UUID id, Instant now) {
        return jdbc.sql("""
                        select secret_ciphertext, previous_secret_ciphertext, previous_secret_until
                        from webhook_endpoints where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> {
                    List<byte[]> keys = new ArrayList<>();
                    keys.add(masterKey.decrypt(rs.getBytes("secret_ciphertext"), context(id)));
                    Timestamp until = rs.getTimestamp("previous_secret_until");
                    byte[] previous = rs.getBytes("previous_secret_ciphertext");
                    if (previous != null && until != null && now.isBefore(until.toInstant())) {
                        keys.add(masterKey.decrypt(previous, context(id)));
                    }
                    return keys;
                })
                .optional()
                .orElse(List.of());
    }

    static byte[] context(UUID id) {
        return ("webhook-endpoint:" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        Timestamp previousUntil = rs.getTimestamp("previous_secret_until");
        return new WebhookEndpoint(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                URI.create(rs.getString("url")),
                rs.getString("description"),
                EventFilter.parseStored(rs.getString("event_types")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                previousUntil == null ? null : previousUntil.toInstant());
    }
}
