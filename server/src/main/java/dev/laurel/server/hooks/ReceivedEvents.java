package dev.laurel.server.hooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events each mapping issued for, by the external system's own event id, kept for as long as the mapping: the
 * record that makes a repeated event return its credential instead of issuing again. An event is claimed by inserting
 * its row in the issuing transaction, so a concurrent delivery of the same event waits for that transaction and then
 * finds the credential — one event makes at most one credential, on any number of nodes.
 */
@Repository
class ReceivedEvents {

    private final JdbcClient jdbc;

    ReceivedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The credential {@code eventId} made through the mapping, if it was received before. */
    Optional<UUID> credentialOf(UUID mappingId, String eventId) {
        return jdbc.sql("""
                        select credential_id from hook_events
                        where mapping_id = :mapping and external_event_id = :event and credential_id is not null
                        """)
                .param("mapping", mappingId)
                .param("event", eventId)
                .query(UUID.class)
                .optional();
    }

    /**
     * Claims {@code eventId} for the mapping: empty when this delivery is the first (then {@link #complete} it in the
     * same transaction), or the credential an earlier delivery made.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> claim(UUID mappingId, String eventId, Instant now) {
        int inserted = jdbc.sql("""
                        insert into hook_events (mapping_id, external_event_id, received_at)
                        values (:mapping, :event, :now) on conflict do nothing
                        """)
                .param("mapping", mappingId)
                .param("event", eventId)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(credentialOf(mappingId, eventId)
                .orElseThrow(() -> new IllegalStateException("event " + eventId + " claimed without a credential")));
    }

    /** Records the credential the delivery that claimed {@code eventId} made. */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(UUID mappingId, String eventId, UUID credentialId) {
        jdbc.sql("""
                        update hook_events set credential_id = :credential
                        where mapping_id = :mapping and external_event_id = :event
                        """)
                .param("credential", credentialId)
                .param("mapping", mappingId)
                .param("event", eventId)
                .update();
    }
}
