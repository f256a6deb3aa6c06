package dev.laurel.server.hooks;

import dev.laurel.server.platform.Idempotency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The events each mapping issued for, by the external system's own event id, kept for as long as the mapping: the
 * record that makes a repeated event return its credential instead of issuing again. An event is claimed through
 * {@link Idempotency} in the issuing transaction, so a concurrent delivery of the same event waits for that
 * transaction and then finds the credential — one event makes at most one credential, on any number of nodes.
 */
@Component
class ReceivedEvents {

    private static final Idempotency.Ledger LEDGER = new Idempotency.Ledger(
            "hook_events", "mapping_id", "external_event_id", null, "credential_id", "received_at", null);

    private final Idempotency idempotency;

    ReceivedEvents(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    /** The credential {@code eventId} made through the mapping, if it was received before. */
    Optional<UUID> credentialOf(UUID mappingId, String eventId) {
        return idempotency.earlier(key(mappingId, eventId)).map(Idempotency.Earlier::answer);
    }

    /**
     * Claims {@code eventId} for the mapping: empty when this delivery is the first (then {@link #complete} it in the
     * same transaction), or the credential an earlier delivery made.
     */
    Optional<UUID> claim(UUID mappingId, String eventId) {
        return idempotency.claim(key(mappingId, eventId), null, Map.of()).map(earlier -> earlier.replay(null));
    }

    /** Records the credential the delivery that claimed {@code eventId} made. */
    void complete(UUID mappingId, String eventId, UUID credentialId) {
        idempotency.complete(key(mappingId, eventId), credentialId);
    }

    private static Idempotency.Key key(UUID mappingId, String eventId) {
        return new Idempotency.Key(LEDGER, mappingId, eventId);
    }
}
