package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What webhook tests share: reading the outbox, driving the sender, and checking signatures independently. */
final class WebhookHarness {

    private final JdbcClient jdbc;
    private final Sender sender;
    private final Clock clock;

    WebhookHarness(JdbcClient jdbc, Sender sender, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
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
     * Runs the sender — at the delivery's next attempt time when that is later than now, so retries come at once —
     * until the delivery has {@code attempts} attempts; the background poller may make some of them.
     */
    void attemptUntil(UUID deliveryId, int attempts) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (attempts(deliveryId) < attempts) {
            assertThat(System.nanoTime())
                    .as("attempt " + attempts + " of " + deliveryId)
                    .isLessThan(deadline);
            Instant now = clock.instant();
            Timestamp next = jdbc.sql("select next_attempt_at from webhook_deliveries where id = :id")
                    .param("id", deliveryId)
                    .query(Timestamp.class)
                    .optional()
                    .orElse(null);
            sender.deliverDue(next != null && next.toInstant().isAfter(now) ? next.toInstant() : now);
            pause();
        }
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
