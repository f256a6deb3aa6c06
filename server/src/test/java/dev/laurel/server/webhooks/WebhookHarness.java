package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What webhook tests share: reading the outbox, hurrying the deliveries' follow-ups, and checking signatures
 * independently.
 */
final class WebhookHarness {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    WebhookHarness(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The endpoint's deliveries of {@code type}, oldest first. */
    List<UUID> deliveries(UUID endpointId, String type) {
        return jdbc.sql("""
                        select d.id from webhook_deliveries d join webhook_events ev on ev.id = d.event_id
                        where d.endpoint_id = :endpoint and ev.type = :type order by d.created_at, d.id
                        """)
                .param("endpoint", endpointId)
                .param("type", type)
                .query(UUID.class)
                .list();
    }

    UUID onlyDelivery(UUID endpointId, String type) {
        List<UUID> found = deliveries(endpointId, type);
        assertThat(found).as(type + " deliveries to " + endpointId).hasSize(1);
        return found.getFirst();
    }

    int attempts(UUID deliveryId) {
        return jdbc.sql("select count(*) from webhook_attempts where delivery_id = :id")
                .param("id", deliveryId)
                .query(Integer.class)
                .single();
    }

    String state(UUID deliveryId) {
        return jdbc.sql("select state from webhook_deliveries where id = :id")
                .param("id", deliveryId)
                .query(String.class)
                .single();
    }

    /**
     * Waits until the delivery has {@code attempts} attempts, making its follow-up due now whenever it is scheduled
     * later (a retry), so retries come at once; the scheduler of this node or another makes the attempts.
     */
    void attemptUntil(UUID deliveryId, int attempts) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (attempts(deliveryId) < attempts) {
            assertThat(System.nanoTime())
                    .as("attempt " + attempts + " of " + deliveryId)
                    .isLessThan(deadline);
            dueNowBefore(deliveryId, attempts);
            pause();
        }
    }

    /**
     * Makes the delivery's follow-up due now when it waits for a later time and the delivery has fewer than {@code
     * attempts} attempts. The follow-up's row is locked first and the attempts counted after: an attempt is recorded
     * before its follow-up is rescheduled, so a retry scheduled after the last wanted attempt is left where it is.
     */
    private void dueNowBefore(UUID deliveryId, int attempts) {
        transactions.executeWithoutResult(status -> {
            Optional<Timestamp> waiting = jdbc.sql("""
                            select execution_time from scheduled_tasks
                            where task_name = :task and task_instance = :id and not picked and execution_time > now()
                            for update
                            """)
                    .param("task", Sender.TASK.getTaskName())
                    .param("id", deliveryId.toString())
                    .query(Timestamp.class)
                    .optional();
            if (waiting.isPresent() && attempts(deliveryId) < attempts) {
                dueNow(deliveryId);
            }
        });
    }

    /** Makes the delivery's follow-up, when it waits for a later time, due now. */
    void dueNow(UUID deliveryId) {
        jdbc.sql("""
                        update scheduled_tasks set execution_time = now()
                        where task_name = :task and task_instance = :id and not picked and execution_time > now()
                        """)
                .param("task", Sender.TASK.getTaskName())
                .param("id", deliveryId.toString())
                .update();
    }

    /** Waits until the delivery has no follow-up left: it is delivered, failed or waits for its endpoint. */
    void awaitNoFollowUp(UUID deliveryId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (followUp(deliveryId).isPresent()) {
            assertThat(System.nanoTime())
                    .as("the follow-up of " + deliveryId + " ends")
                    .isLessThan(deadline);
            pause();
        }
    }

    /** When the delivery's follow-up is next due, once no node is running it. */
    Instant nextFollowUp(UUID deliveryId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            Optional<Instant> waiting = jdbc.sql("""
                            select execution_time from scheduled_tasks
                            where task_name = :task and task_instance = :id and not picked
                            """)
                    .param("task", Sender.TASK.getTaskName())
                    .param("id", deliveryId.toString())
                    .query(Timestamp.class)
                    .optional()
                    .map(Timestamp::toInstant);
            if (waiting.isPresent()) {
                return waiting.get();
            }
            assertThat(System.nanoTime())
                    .as("the follow-up of " + deliveryId + " waits")
                    .isLessThan(deadline);
            pause();
        }
    }

    /** When the delivery's follow-up is due, or empty when it has none. */
    Optional<Instant> followUp(UUID deliveryId) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = :task and task_instance = :id")
                .param("task", Sender.TASK.getTaskName())
                .param("id", deliveryId.toString())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** The key bytes of a {@code whsec_} secret, decoded here rather than by the code under test. */
    static byte[] key(String secret) {
        assertThat(secret).startsWith("whsec_");
        return Base64.getDecoder().decode(secret.substring("whsec_".length()));
    }

    /** True when {@code signatures} (a webhook-signature header) holds a v1 signature by {@code secret}. */
    static boolean signedBy(String secret, String id, String timestamp, byte[] body, String signatures) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
