package dev.laurel.server.hooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every delivery to each mapping's hook URL and what became of it, as a collection: opened as received before the
 * event is read, outside the issuing transaction, and closed with its outcome after — so failures stay logged while
 * what they did rolls back. The newest {@value #KEPT} per mapping are kept. Thread-safe.
 */
@Repository
class Receipts {

    static final int KEPT = 1000;
    static final int MAX_MESSAGE = 2000;

    /** What became of a delivery. */
    enum Status {
        /** Read and being issued for; a receipt left so was cut off, and issued nothing. */
        RECEIVED,
        /** A credential was issued for it. */
        ISSUED,
        /** Its event id was issued for before: answered with that credential. */
        REPLAYED,
        /** Acknowledged without issuing, for the reason given (condition-not-met). */
        SKIPPED,
        /** Refused: the reason is the problem's code, the message its detail; nothing was issued. */
        FAILED;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One delivery. */
    record Receipt(
            UUID id,
            UUID mappingId,
            Instant receivedAt,
            Status status,
            String eventId,
            UUID credentialId,
            String reason,
            String message) {}

    private final JdbcClient jdbc;

    Receipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a delivery to the mapping as received, dropping the mapping's receipts beyond the newest {@value #KEPT};
     * empty when the mapping is gone.
     */
    Optional<UUID> open(UUID mappingId, Instant now) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into hook_receipts (id, mapping_id, received_at, status)
                            values (:id, :mapping, :now, 'received')
                            """)
                    .param("id", id)
                    .param("mapping", mappingId)
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (DataIntegrityViolationException e) {
            return Optional.empty();
        }
        jdbc.sql("""
                        delete from hook_receipts where mapping_id = :mapping and id not in (
                            select id from hook_receipts where mapping_id = :mapping
                            order by received_at desc, id limit :kept)
                        """).param("mapping", mappingId).param("kept", KEPT).update();
        return Optional.of(id);
    }

    /** Gives the receipt its outcome; {@code credentialId} only for issued and replayed ones. */
    void close(UUID id, Status status, String eventId, UUID credentialId, String reason, String message) {
        jdbc.sql("""
                        update hook_receipts set status = :status, external_event_id = :event,
                            credential_id = :credential, reason = :reason, message = :message
                        where id = :id
                        """)
                .param("id", id)
                .param("status", status.key())
                .param("event", eventId)
                .param("credential", credentialId)
                .param("reason", reason)
                .param(
                        "message",
                        message == null || message.length() <= MAX_MESSAGE
                                ? message
                                : message.substring(0, MAX_MESSAGE))
                .update();
    }

    /** The mapping's newest receipts, newest first. */
    List<Receipt> recent(UUID mappingId, int limit) {
        return jdbc.sql("""
                        select id, mapping_id, received_at, status, external_event_id, credential_id, reason, message
                        from hook_receipts where mapping_id = :mapping
                        order by received_at desc, id limit :limit
                        """)
                .param("mapping", mappingId)
                .param("limit", limit)
                .query((rs, row) -> new Receipt(
                        rs.getObject("id", UUID.class),
                        rs.getObject("mapping_id", UUID.class),
                        rs.getTimestamp("received_at").toInstant(),
                        Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                        rs.getString("external_event_id"),
                        rs.getObject("credential_id", UUID.class),
                        rs.getString("reason"),
                        rs.getString("message")))
                .list();
    }
}
