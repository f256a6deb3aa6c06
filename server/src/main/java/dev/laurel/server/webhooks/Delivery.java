package dev.laurel.server.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One event's delivery to one endpoint, with its log.
 *
 * @param id the delivery's id
 * @param endpointId where it goes
 * @param eventId the event; the {@code webhook-id} header is {@code msg_} + this id on every attempt, and the same for
 *     every endpoint the event goes to
 * @param type the event type's key
 * @param payload the body, exactly as signed and sent
 * @param state where it stands
 * @param createdAt when the event happened
 * @param nextAttemptAt when it is tried next, while pending
 * @param deliveredAt when a receiver last answered 2xx, or null
 * @param attempts every attempt, oldest first
 */
record Delivery(
        UUID id,
        UUID endpointId,
        UUID eventId,
        String type,
        String payload,
        State state,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt,
        List<Attempt> attempts) {

    /** Where a delivery stands. */
    enum State {
        /** Waiting for its next attempt. */
        PENDING,
        /** Claimed by a sender, which holds a lease on it. */
        SENDING,
        /** A receiver answered 2xx. */
        DELIVERED,
        /** Every automatic attempt within 24 h failed (or a manual redelivery did); it is not tried again. */
        FAILED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State parse(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * One attempt.
     *
     * @param at when it was made
     * @param manual true when a person or API client asked for it
     * @param status the receiver's HTTP status, or null when there was no answer
     * @param error why there was no answer or it was refused before sending; null when the receiver answered
     * @param durationMillis how long it took
     * @param responseBody the start of what the receiver answered (at most 1 KiB), or null
     */
    record Attempt(Instant at, boolean manual, Integer status, String error, long durationMillis, String responseBody) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** The {@code webhook-id} header's value. */
    public String webhookId() {
        return webhookId(eventId);
    }

    static String webhookId(UUID eventId) {
        return "msg_" + eventId;
    }
}
