package dev.laurel.server.webhooks;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.server.platform.FollowUp;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the webhook outbox, one delivery per follow-up ({@link #TASK}, scheduled by {@link Deliveries} with the
 * delivery), on whichever node takes it. An attempt marks the delivery {@code sending} and commits, sends outside any
 * transaction, then records the attempt and the delivery's next state. A node that dies mid-send leaves it {@code
 * sending}; once the node's heartbeats stop, another node takes the follow-up, logs the interrupted attempt and sends
 * again, which is why receivers dedupe on {@code webhook-id}. A 2xx delivers; 410 Gone fails the delivery and disables
 * the endpoint (the receiver asked to stop); anything else is retried on the {@link Backoff} schedule — later when a
 * 429 or 503 asks for it with {@code Retry-After} — until 24 h after the event, then the delivery fails. A delivery to
 * a disabled endpoint waits, pending, until the endpoint is enabled again.
 */
@Component
class Sender {

    /** The follow-up that sends one delivery; its id is the delivery's. */
    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("webhook-delivery");

    private static final Logger log = LoggerFactory.getLogger(Sender.class);
    static final String GONE = "the receiver answered 410 Gone: the endpoint is disabled and sent nothing more until "
            + "it is enabled again";
    private static final String INTERRUPTED =
            "no result was recorded: the node sending it stopped or lost its lease; sent again";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Endpoints endpoints;
    private final Dispatcher dispatcher;
    private final MeterRegistry metrics;
    private final Clock clock;

    Sender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Endpoints endpoints,
            Dispatcher dispatcher,
            MeterRegistry metrics,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.endpoints = endpoints;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> webhookDelivery(Sender sender) {
            return FollowUp.task(TASK, id -> FollowUp.Next.of(sender.deliver(UUID.fromString(id))));
        }
    }

    /**
     * Makes one attempt at the delivery when it is pending and its endpoint enabled; returns when to try again, or
     * empty when it is delivered, failed or waits for its endpoint.
     */
    Optional<Instant> deliver(UUID id) {
        Instant now = clock.instant();
        Optional<Claimed> claimed = transactions.execute(status -> claim(id, now));
        if (claimed == null || claimed.isEmpty()) {
            return Optional.empty();
        }
        return attempt(claimed.get(), now);
    }

    /** A delivery being sent. */
    private record Claimed(
            UUID id,
            UUID endpointId,
            UUID eventId,
            String type,
            String payload,
            URI url,
            int attempts,
            Instant retryUntil,
            boolean manual) {}

    private Optional<Claimed> claim(UUID id, Instant now) {
        record Row(Claimed delivery, boolean interrupted) {}
        Optional<Row> found = jdbc.sql("""
                        select d.id, d.endpoint_id, d.event_id, ev.type, ev.payload, e.url, d.attempts, d.retry_until,
                               d.manual, d.state
                        from webhook_deliveries d
                        join webhook_endpoints e on e.id = d.endpoint_id
                        join webhook_events ev on ev.id = d.event_id
                        where d.id = :id and e.enabled and d.state in ('pending', 'sending')
                        for update of d
                        """)
                .param("id", id)
                .query((rs, i) -> new Row(
                        new Claimed(
                                rs.getObject("id", UUID.class),
                                rs.getObject("endpoint_id", UUID.class),
                                rs.getObject("event_id", UUID.class),
                                rs.getString("type"),
                                rs.getString("payload"),
                                URI.create(rs.getString("url")),
                                rs.getInt("attempts"),
                                rs.getTimestamp("retry_until").toInstant(),
                                rs.getBoolean("manual")),
                        rs.getString("state").equals("sending")))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get();
        if (row.interrupted()) {
            insertAttempt(row.delivery().id(), now, row.delivery().manual(), null, INTERRUPTED, 0, null);
            log.warn("webhook delivery {}: a node stopped while sending it; sending again", id);
        }
        jdbc.sql("update webhook_deliveries set state = 'sending', attempts = attempts + :interrupted where id = :id")
                .param("interrupted", row.interrupted() ? 1 : 0)
                .param("id", id)
                .update();
        Claimed c = row.delivery();
        return Optional.of(
                row.interrupted()
                        ? new Claimed(
                                c.id(),
                                c.endpointId(),
                                c.eventId(),
                                c.type(),
                                c.payload(),
                                c.url(),
                                c.attempts() + 1,
                                c.retryUntil(),
                                c.manual())
                        : c);
    }

    private Optional<Instant> attempt(Claimed delivery, Instant now) {
        Dispatcher.Outcome outcome;
        try {
            byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
            List<byte[]> keys = endpoints.signingKeys(delivery.endpointId(), now);
            outcome = dispatcher.send(
                    delivery.url(), Delivery.webhookId(delivery.eventId()), now.getEpochSecond(), body, keys);
        } catch (RuntimeException e) {
            outcome = new Dispatcher.Outcome(null, "failed: " + e, 0, null);
        }
        Dispatcher.Outcome result = outcome;
        return transactions.execute(status -> record(delivery, now, result));
    }

    private Optional<Instant> record(Claimed delivery, Instant now, Dispatcher.Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        String state;
        Instant next = null;
        String error = outcome.error();
        if (outcome.succeeded()) {
            state = "delivered";
            metrics.counter("laurel.webhooks.delivered", "type", delivery.type())
                    .increment();
        } else if (outcome.gone()) {
            state = "failed";
            error = GONE;
            metrics.counter("laurel.webhooks.gone", "type", delivery.type()).increment();
            jdbc.sql("update webhook_endpoints set enabled = false, updated_at = :now where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", delivery.endpointId())
                    .update();
            log.warn(
                    "webhook endpoint {} answered 410 Gone to delivery {}: endpoint disabled",
                    delivery.endpointId(),
                    delivery.id());
        } else {
            metrics.counter("laurel.webhooks.failed", "type", delivery.type()).increment();
            Instant retry =
                    now.plus(Backoff.after(attempts, ThreadLocalRandom.current().nextDouble()));
            Instant asked = RetryAfter.parse(outcome.retryAfter(), now).orElse(null);
            boolean busy = outcome.status() != null && (outcome.status() == 429 || outcome.status() == 503);
            if (busy && asked != null && asked.isAfter(retry)) {
                retry = asked;
            }
            if (retry.isAfter(delivery.retryUntil())) {
                state = "failed";
                metrics.counter("laurel.webhooks.abandoned", "type", delivery.type())
                        .increment();
            } else {
                state = "pending";
                next = retry;
            }
            log.info(
                    "webhook delivery {} ({}) attempt {} failed: {}; {}",
                    delivery.id(),
                    delivery.type(),
                    attempts,
                    outcome.status() != null ? "HTTP " + outcome.status() : outcome.error(),
                    next == null ? "giving up" : "next at " + next);
        }
        int recorded = jdbc.sql("""
                        update webhook_deliveries set state = :state, attempts = attempts + 1,
                            next_attempt_at = :next, manual = false,
                            last_status = :status, last_error = :error,
                            delivered_at = case when :state = 'delivered' then :now else delivered_at end
                        where id = :id
                        """)
                .param("state", state)
                .param("next", next == null ? null : Timestamp.from(next))
                .param("status", outcome.status())
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("id", delivery.id())
                .update();
        if (recorded == 0) {
            return Optional.empty(); // deleted while it was being sent (its earner's or its endpoint's deletion)
        }
        insertAttempt(
                delivery.id(),
                now,
                delivery.manual(),
                outcome.status(),
                error,
                outcome.durationMillis(),
                outcome.body());
        return Optional.ofNullable(next);
    }

    private void insertAttempt(
            UUID deliveryId, Instant at, boolean manual, Integer status, String error, long millis, String body) {
        jdbc.sql("""
                        insert into webhook_attempts (delivery_id, attempted_at, manual, response_status, error,
                                                      duration_ms, response_body)
                        values (:delivery, :at, :manual, :status, :error, :millis, :body)
                        """)
                .param("delivery", deliveryId)
                .param("at", Timestamp.from(at))
                .param("manual", manual)
                .param("status", status)
                .param("error", error)
                .param("millis", (int) Math.min(Integer.MAX_VALUE, millis))
                .param("body", body)
                .update();
    }
}
