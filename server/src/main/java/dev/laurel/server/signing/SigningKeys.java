package dev.laurel.server.signing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every organization's keys: public part in clear, secret encrypted under the master key, bound to the row. */
@Repository
class SigningKeys {

    /** A key as stored. */
    record StoredKey(
            UUID id,
            UUID organizationId,
            String fragment,
            String publicKeyMultibase,
            byte[] encryptedSecret,
            Instant createdAt,
            Instant retiredAt) {

        boolean active() {
            return retiredAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SigningKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<StoredKey> of(UUID organizationId) {
        return jdbc.sql("select * from signing_keys where organization_id = :org order by created_at")
                .param("org", organizationId)
                .query((rs, row) -> new StoredKey(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("fragment"),
                        rs.getString("public_key_multibase"),
                        rs.getBytes("encrypted_secret"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("retired_at") == null
                                ? null
                                : rs.getTimestamp("retired_at").toInstant()))
                .list();
    }

    Optional<StoredKey> active(UUID organizationId) {
        return of(organizationId).stream().filter(StoredKey::active).findFirst();
    }

    Optional<StoredKey> find(UUID organizationId, String fragment) {
        return of(organizationId).stream()
                .filter(key -> key.fragment().equals(fragment))
                .findFirst();
    }

    /** Locks the organization's key rows, so two rotations on two nodes do not both add a key. */
    void lock(UUID organizationId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('signing:' || :org))")
                .param("org", organizationId.toString())
                .query((rs, row) -> null)
                .list();
    }

    void add(UUID id, UUID organizationId, String fragment, String publicKeyMultibase, byte[] encryptedSecret) {
        jdbc.sql("""
                        insert into signing_keys (id, organization_id, fragment, public_key_multibase, encrypted_secret,
                                                  created_at)
                        values (:id, :org, :fragment, :public, :secret, :now)
                        """)
                .param("id", id)
                .param("org", organizationId)
                .param("fragment", fragment)
                .param("public", publicKeyMultibase)
                .param("secret", encryptedSecret)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    void retire(UUID keyId) {
        jdbc.sql("update signing_keys set retired_at = :now where id = :id and retired_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", keyId)
                .update();
    }
}
