package dev.laurel.server.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the webhook outbox, on every node. Each round claims up to {@link #BATCH} due deliveries in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, so two nodes never claim the same row) and marks them {@code sending}
 * under a lease of {@link #LEASE}, with a token; then sends them in parallel, outside any transaction, and records
 * each attempt and the delivery's next state — only while still holding the lease. A node that dies mid-send leaves a
 * lease that expires; the delivery is then sent again (the log says so), which is why receivers dedupe on {@code
 * webhook-id}. A 2xx delivers; 410 Gone fails the delivery and disables the endpoint (the receiver asked to stop);
 * anything else is retried on the {@link Backoff} schedule — later when a 429 or 503 asks for it with {@code
 * Retry-After} — until 24 h after the event, then the delivery fails.
 */
@Component
class Sender {

    static final int BATCH = 10;
    static final Duration LEASE = Duration.ofMinutes(2);

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
    private final AtomicBoolean polling = new AtomicBoolean();
    private volatile Thread round;

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

    /**
     * Every two seconds: starts a round on a thread of its own unless one is still running, so slow receivers never
     * hold up the scheduler thread the other pollers (the mail outbox) share.
     */
    @Scheduled(
            fixedDelayString = "${laurel.webhooks.poll-interval:2s}",
            initialDelayString = "${laurel.webhooks.poll-interval:2s}")
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        round = Thread.ofVirtual().name("webhook-sender").start(() -> {
            try {
                deliverDue(clock.instant());
            } catch (RuntimeException e) {
                log.error("webhook delivery round failed", e);
            } finally {
                polling.set(false);
            }
        });
    }

    /** Lets a round in progress finish (each attempt is bounded by the timeout) before the database goes away. */
    @PreDestroy
    void finishRound() throws InterruptedException {
        Thread current = round;
        if (current != null) {
            current.join(Duration.ofSeconds(30));
        }
    }

    /**
     * Sends every delivery due at {@code now}, batch after batch; returns how many attempts were made. Safe to call
     * from many threads and nodes at once. Tests pass a later {@code now} to reach retries without waiting.
     */
    int deliverDue(Instant now) {
        int sent = 0;
        List<Claimed> claimed;
        do {
            UUID token = UUID.randomUUID();
            claimed = transactions.execute(status -> claim(now, token));
            if (claimed == null || claimed.isEmpty()) {
                return sent;
            }
            try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Claimed delivery : claimed) {
                    parallel.submit(() -> attempt(delivery, now, token));
                }
            }
            sent += claimed.size();
        } while (claimed.size() == BATCH);
        return sent;
    }

    /** A delivery this sender holds the lease on. */
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

    private List<Claimed> claim(Instant now, UUID token) {
        record Row(Claimed delivery, boolean interrupted) {}
        List<Row> rows = jdbc.sql("""
                        select d.id, d.endpoint_id, d.event_id, ev.type, ev.payload, e.url, d.attempts, d.retry_until,
                               d.manual, d.state
                        from webhook_deliveries d
                        join webhook_endpoints e on e.id = d.endpoint_id
                        join webhook_events ev on ev.id = d.event_id
                        where e.enabled
                          and ((d.state = 'pending' and d.next_attempt_at <= :now)
                               or (d.state = 'sending' and d.lease_until <= :now))
                        order by d.created_at
                        limit :batch
                        for update of d skip locked
                        """)
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
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
                .list();
        for (Row row : rows) {
            if (row.interrupted()) {
                insertAttempt(row.delivery().id(), now, row.delivery().manual(), null, INTERRUPTED, 0, null);
                log.warn(
                        "webhook delivery {}: a sender's lease expired without a result; sending again",
                        row.delivery().id());
            }
            jdbc.sql("""
                            update webhook_deliveries set state = 'sending', lease_token = :token, lease_until = :until,
                                attempts = attempts + :interrupted
                            where id = :id
                            """)
                    .param("token", token)
                    .param("until", Timestamp.from(now.plus(LEASE)))
                    .param("interrupted", row.interrupted() ? 1 : 0)
                    .param("id", row.delivery().id())
                    .update();
        }
        return rows.stream()
                .map(row -> row.interrupted() ? withOneMoreAttempt(row.delivery()) : row.delivery())
                .toList();
    }

    private static Claimed withOneMoreAttempt(Claimed c) {
        return new Claimed(
                c.id(),
                c.endpointId(),
                c.eventId(),
                c.type(),
                c.payload(),
                c.url(),
                c.attempts() + 1,
                c.retryUntil(),
                c.manual());
    }

    private void attempt(Claimed delivery, Instant now, UUID token) {
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
        try {
            transactions.executeWithoutResult(status -> record(delivery, now, token, result));
        } catch (RuntimeException e) {
            log.error("webhook delivery {}: recording the attempt failed", delivery.id(), e);
        }
    }

    private void record(Claimed delivery, Instant now, UUID token, Dispatcher.Outcome outcome) {
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
        boolean held = jdbc.sql("""
                                update webhook_deliveries set state = :state, attempts = attempts + 1,
                                    next_attempt_at = :next, lease_token = null, lease_until = null, manual = false,
                                    last_status = :status, last_error = :error,
                                    delivered_at = case when :state = 'delivered' then :now else delivered_at end
                                where id = :id and lease_token = :token
                                """)
                        .param("state", state)
                        .param("next", next == null ? null : Timestamp.from(next))
                        .param("status", outcome.status())
                        .param("error", error)
                        .param("now", Timestamp.from(now))
                        .param("id", delivery.id())
                        .param("token", token)
                        .update()
                > 0;
        if (!held) {
            boolean exists = jdbc.sql("select count(*) from webhook_deliveries where id = :id")
                            .param("id", delivery.id())
                            .query(Integer.class)
                            .single()
                    > 0;
            log.warn("webhook delivery {}: lease lost before its result was recorded", delivery.id());
            if (!exists) {
                return;
            }
        }
        insertAttempt(
                delivery.id(),
                now,
                delivery.manual(),
                outcome.status(),
                error,
                outcome.durationMillis(),
                outcome.body());
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
