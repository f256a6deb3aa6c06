package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries against real HTTP receivers on 127.0.0.1 (trusted in the test settings): retries, signatures, the log,
 * the address guard, two nodes sending, a node's death, redelivery and secret rotation.
 */
class WebhookDeliveryTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    Deliveries deliveries;

    @Autowired
    Endpoints endpoints;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<Task<?>> tasks;

    WebhookHarness harness;

    @BeforeEach
    void harness() {
        harness = new WebhookHarness(jdbc, transactions);
    }

    @Test
    void aReceiverThatRefusesTwiceGetsTheEventOnceSignedAndTheLogShowsEachAttempt() {
        try (Receiver receiver = new Receiver().answering(500, 500)) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Hooked University");
            Webhooks.Created endpoint = webhooks.create(
                    issuer.organizationId(),
                    new Webhooks.Changes(receiver.url(), "LMS", List.of("credential.issued"), true));
            double deliveredBefore = counter("laurel.webhooks.delivered");
            UUID badge = Scenario.badge(issuer, "Robotics", "di");
            String email = uniqueEmail("ada");
            UUID credential = Scenario.issue(issuer, badge, "Ada Lovelace", email);

            UUID delivery = harness.onlyDelivery(endpoint.endpoint().id(), "credential.issued");
            harness.attemptUntil(delivery, 1);
            Instant first = webhooks.delivery(
                            issuer.organizationId(), endpoint.endpoint().id(), delivery)
                    .orElseThrow()
                    .attempts()
                    .getFirst()
                    .at();
            assertThat(harness.nextFollowUp(delivery))
                    .as("retried on the backoff schedule")
                    .isAfterOrEqualTo(first.plusSeconds(30));
            harness.attemptUntil(delivery, 3);

            assertThat(harness.state(delivery)).isEqualTo("delivered");
            List<Receiver.Received> received = receiver.received();
            assertThat(received).extracting(Receiver.Received::answered).containsExactly(500, 500, 200);
            assertThat(received.stream().filter(r -> r.answered() < 300)).hasSize(1);
            String webhookId = received.getFirst().id();
            assertThat(webhookId).startsWith("msg_");
            for (Receiver.Received request : received) {
                assertThat(request.id()).isEqualTo(webhookId);
                assertThat(request.text()).isEqualTo(received.getFirst().text());
                assertThat(request.contentType()).isEqualTo("application/json");
                assertThat(request.userAgent()).startsWith("Laurel-Webhooks/");
                assertThat(request.timestamp()).matches("\\d{10}");
                assertThat(request.signature()).matches("v1,[A-Za-z0-9+/]{43}=");
                assertThat(WebhookHarness.signedBy(
                                endpoint.secret(),
                                request.id(),
                                request.timestamp(),
                                request.body(),
                                request.signature()))
                        .isTrue();
                assertThat(WebhookHarness.signedBy(
                                endpoint.secret(),
                                request.id(),
                                request.timestamp(),
                                "{}".getBytes(),
                                request.signature()))
                        .isFalse();
            }

            JsonNode payload = Json.parse(received.getLast().body());
            assertThat(payload.get("type").asText()).isEqualTo("credential.issued");
            assertThat(Instant.parse(payload.get("timestamp").asText())).isBeforeOrEqualTo(clock.instant());
            JsonNode data = payload.get("data");
            assertThat(data.get("organizationId").asText())
                    .isEqualTo(issuer.organizationId().toString());
            assertThat(data.get("credentialId").asText()).isEqualTo(credential.toString());
            assertThat(data.get("achievementId").asText()).isEqualTo(badge.toString());
            assertThat(data.get("achievementName").asText()).isEqualTo("Robotics");
            assertThat(data.get("recipient").get("email").asText()).isEqualTo(email);
            assertThat(data.get("recipient").get("name").asText()).isEqualTo("Ada Lovelace");
            assertThat(data.get("url").asText()).isEqualTo("http://localhost:" + PORT + "/c/" + credential);

            Delivery logged = webhooks.delivery(
                            issuer.organizationId(), endpoint.endpoint().id(), delivery)
                    .orElseThrow();
            assertThat(logged.webhookId()).isEqualTo(webhookId);
            assertThat(logged.payload()).isEqualTo(received.getFirst().text());
            assertThat(logged.attempts()).extracting(Delivery.Attempt::status).containsExactly(500, 500, 200);
            assertThat(logged.attempts())
                    .extracting(Delivery.Attempt::responseBody)
                    .containsExactly("not now", "not now", "ok");
            assertThat(logged.attempts()).allSatisfy(attempt -> {
                assertThat(attempt.error()).isNull();
                assertThat(attempt.manual()).isFalse();
            });
            assertThat(logged.deliveredAt()).isNotNull();
            assertThat(counter("laurel.webhooks.delivered")).isGreaterThan(deliveredBefore);
        }
    }

    @Test
    void aReceiverOnAPrivateAddressIsRefusedWithoutAConnectionAndTheRefusalIsLogged() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Guarded College");
            Webhooks.Created endpoint = webhooks.create(
                    issuer.organizationId(),
                    new Webhooks.Changes("https://localhost:" + receiver.port() + "/hook", null, null, true));
            UUID credential = issue(issuer);

            UUID delivery = harness.onlyDelivery(endpoint.endpoint().id(), "credential.issued");
            harness.attemptUntil(delivery, 1);

            Delivery.Attempt attempt = webhooks.delivery(
                            issuer.organizationId(), endpoint.endpoint().id(), delivery)
                    .orElseThrow()
                    .attempts()
                    .getFirst();
            assertThat(attempt.status()).isNull();
            assertThat(attempt.error())
                    .isEqualTo(Destinations.NOT_PUBLIC)
                    .doesNotContain("loopback", "127.0.0.1", "resolves");
            assertThat(harness.state(delivery)).isEqualTo("pending");
            assertThat(receiver.received()).isEmpty();
            assertThat(credential).isNotNull();
        }
    }

    @Test
    void twoNodesTakingFollowUpsTogetherNeverSendOneDeliveryTwice() {
        Scheduler otherNode = Scheduler.create(dataSource, tasks)
                .jdbcCustomization(new PostgreSqlJdbcCustomization(false, true))
                .enablePriority()
                .pollUsingLockAndFetch(0.5, 1.0)
                .pollingInterval(Duration.ofMillis(50))
                .threads(4)
                .build();
        otherNode.start();
        try (Receiver receiver = new Receiver().slow(Duration.ofMillis(20))) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Busy Institute");
            Webhooks.Created endpoint =
                    webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, null, true));
            int count = 35;
            for (int i = 0; i < count; i++) {
                transactions.executeWithoutResult(status -> deliveries.enqueue(
                        issuer.organizationId(), EventType.CREDENTIAL_VIEWED, clock.instant(), () -> Json.MAPPER
                                .createObjectNode()
                                .put("n", 1)));
            }
            List<UUID> queued = harness.deliveries(endpoint.endpoint().id(), "credential.viewed");
            assertThat(queued).hasSize(count);
            for (UUID delivery : queued) {
                harness.attemptUntil(delivery, 1);
            }
            WebhookHarness.pause();

            List<String> ids =
                    receiver.received().stream().map(Receiver.Received::id).toList();
            assertThat(ids).hasSize(count).doesNotHaveDuplicates();
            for (UUID delivery : queued) {
                assertThat(harness.attempts(delivery))
                        .as("attempts of " + delivery)
                        .isOne();
                assertThat(harness.state(delivery)).isEqualTo("delivered");
            }
        } finally {
            otherNode.stop();
        }
    }

    @Test
    void aDeliveryWhoseNodeDiedIsSentAgainOnceItsHeartbeatStopsAndTheLogSaysSo() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Crashing Academy");
            Webhooks.Created endpoint =
                    webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, null, true));
            UUID delivery = transactions.execute(status -> {
                UUID event = deliveries
                        .enqueue(
                                issuer.organizationId(),
                                EventType.CREDENTIAL_VIEWED,
                                clock.instant(),
                                () -> Json.MAPPER.createObjectNode())
                        .orElseThrow();
                // a node took its follow-up, marked it sending and died before recording anything
                UUID id = jdbc.sql("update webhook_deliveries set state = 'sending' where event_id = :event "
                                + "returning id")
                        .param("event", event)
                        .query(UUID.class)
                        .single();
                heartbeat(id, "dead-node", clock.instant());
                return id;
            });
            sleep(Duration.ofMillis(1500));
            assertThat(harness.attempts(delivery))
                    .as("not sent again while its node's heartbeat is fresh")
                    .isZero();

            heartbeat(delivery, "dead-node", clock.instant().minus(Duration.ofHours(1)));
            harness.attemptUntil(delivery, 2);

            List<Delivery.Attempt> attempts = webhooks.delivery(
                            issuer.organizationId(), endpoint.endpoint().id(), delivery)
                    .orElseThrow()
                    .attempts();
            assertThat(attempts).hasSize(2);
            assertThat(attempts.getFirst().error()).startsWith("no result was recorded");
            assertThat(attempts.getLast().status()).isEqualTo(200);
            assertThat(harness.state(delivery)).isEqualTo("delivered");
            assertThat(receiver.received()).hasSize(1);
        }
    }

    /** Marks the delivery's follow-up as taken by {@code node}, whose last heartbeat was {@code at}. */
    private void heartbeat(UUID delivery, String node, Instant at) {
        assertThat(jdbc.sql("""
                                update scheduled_tasks set picked = true, picked_by = :node, last_heartbeat = :at,
                                    version = version + 1
                                where task_name = :task and task_instance = :id
                                """)
                        .param("node", node)
                        .param("at", java.sql.Timestamp.from(at))
                        .param("task", Sender.TASK.getTaskName())
                        .param("id", delivery.toString())
                        .update())
                .isOne();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aReceiverAnswering410GoneIsDisabledAndSentNothingMore() {
        try (Receiver receiver = new Receiver().answering(410)) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Departed College");
            Webhooks.Created endpoint =
                    webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, null, true));
            issue(issuer);
            UUID delivery = harness.onlyDelivery(endpoint.endpoint().id(), "credential.issued");
            harness.attemptUntil(delivery, 1);

            assertThat(harness.state(delivery)).isEqualTo("failed");
            assertThat(webhooks.find(
                                    issuer.organizationId(), endpoint.endpoint().id())
                            .orElseThrow()
                            .enabled())
                    .isFalse();
            Delivery logged = webhooks.delivery(
                            issuer.organizationId(), endpoint.endpoint().id(), delivery)
                    .orElseThrow();
            assertThat(logged.attempts()).singleElement().satisfies(attempt -> {
                assertThat(attempt.status()).isEqualTo(410);
                assertThat(attempt.error()).contains("410 Gone").contains("disabled");
            });

            issue(issuer);
            assertThat(harness.followUp(delivery))
                    .as("nothing left to do for the failed delivery")
                    .isEmpty();
            assertThat(harness.deliveries(endpoint.endpoint().id(), "credential.issued"))
                    .as("a disabled endpoint is queued nothing")
                    .hasSize(1);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aBusyReceiversRetryAfterPostponesTheNextAttemptBeyondTheBackoff() {
        try (Receiver receiver = new Receiver().answeringRetryAfter(503, "3600")) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Busy Polytechnic");
            Webhooks.Created endpoint =
                    webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, null, true));
            Instant before = clock.instant();
            issue(issuer);
            UUID delivery = harness.onlyDelivery(endpoint.endpoint().id(), "credential.issued");
            harness.attemptUntil(delivery, 1);

            assertThat(harness.state(delivery)).isEqualTo("pending");
            Instant next = jdbc.sql("select next_attempt_at from webhook_deliveries where id = :id")
                    .param("id", delivery)
                    .query(java.sql.Timestamp.class)
                    .single()
                    .toInstant();
            assertThat(next).as("the backoff alone says 30 s").isAfterOrEqualTo(before.plusSeconds(3600));
            assertThat(harness.nextFollowUp(delivery)).isAfterOrEqualTo(before.plusSeconds(3600));
            sleep(Duration.ofSeconds(1));
            assertThat(harness.attempts(delivery))
                    .as("not before the receiver asked")
                    .isEqualTo(1);

            harness.attemptUntil(delivery, 2);
            assertThat(harness.state(delivery)).isEqualTo("delivered");
        }
    }

    @Test
    void aFailedDeliveryGivesUpAfter24HoursAndCanBeRedeliveredByHandWithTheSameWebhookId() {
        try (Receiver receiver = new Receiver().answering(503, 503)) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Patient School");
            Webhooks.Created endpoint =
                    webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, null, true));
            issue(issuer);
            UUID delivery = harness.onlyDelivery(endpoint.endpoint().id(), "credential.issued");
            harness.attemptUntil(delivery, 1);
            assertThat(harness.state(delivery)).isEqualTo("pending");

            // 24 hours pass: the next attempt is the last
            jdbc.sql("update webhook_deliveries set retry_until = :now where id = :id")
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .param("id", delivery)
                    .update();
            harness.attemptUntil(delivery, 2);
            assertThat(harness.state(delivery)).isEqualTo("failed");
            harness.awaitNoFollowUp(delivery);
            sleep(Duration.ofSeconds(1));
            assertThat(harness.attempts(delivery))
                    .as("no automatic attempt after failing")
                    .isEqualTo(2);

            Webhooks.Redelivered redelivered = webhooks.redeliver(
                    issuer.organizationId(), endpoint.endpoint().id(), delivery);
            assertThat(redelivered.outcome()).isEqualTo(Deliveries.Redelivery.QUEUED);
            assertThat(redelivered.queued().orElseThrow().state()).isEqualTo(Delivery.State.PENDING);
            harness.attemptUntil(delivery, 3);

            Delivery logged = webhooks.delivery(
                            issuer.organizationId(), endpoint.endpoint().id(), delivery)
                    .orElseThrow();
            assertThat(logged.state()).isEqualTo(Delivery.State.DELIVERED);
            assertThat(logged.attempts()).extracting(Delivery.Attempt::status).containsExactly(503, 503, 200);
            assertThat(logged.attempts()).extracting(Delivery.Attempt::manual).containsExactly(false, false, true);
            assertThat(receiver.received()).extracting(Receiver.Received::id).containsOnly(logged.webhookId());
            assertThat(webhooks.redeliver(
                                    issuer.organizationId(), endpoint.endpoint().id(), UUID.randomUUID())
                            .outcome())
                    .isEqualTo(Deliveries.Redelivery.NOT_FOUND);
        }
    }

    @Test
    void secretsAreEncryptedAtRestAndARotatedSecretSignsAlongsideTheNewOneFor24Hours() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Rotating University");
            Webhooks.Created created =
                    webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, null, true));
            UUID id = created.endpoint().id();
            byte[] key = WebhookHarness.key(created.secret());
            assertThat(key).hasSize(32);
            byte[] stored = jdbc.sql("select secret_ciphertext from webhook_endpoints where id = :id")
                    .param("id", id)
                    .query(byte[].class)
                    .single();
            assertThat(java.util.HexFormat.of().formatHex(stored))
                    .doesNotContain(java.util.HexFormat.of().formatHex(key));

            String rotated = webhooks.rotate(issuer.organizationId(), id).orElseThrow();
            assertThat(rotated).isNotEqualTo(created.secret());
            issue(issuer);
            UUID delivery = harness.onlyDelivery(id, "credential.issued");
            harness.attemptUntil(delivery, 1);

            Receiver.Received request = receiver.received().getFirst();
            String[] signatures = request.signature().split(" ");
            assertThat(signatures).hasSize(2);
            assertThat(WebhookHarness.signedBy(
                            rotated, request.id(), request.timestamp(), request.body(), signatures[0]))
                    .isTrue();
            assertThat(WebhookHarness.signedBy(
                            created.secret(), request.id(), request.timestamp(), request.body(), signatures[1]))
                    .isTrue();
            assertThat(endpoints.signingKeys(
                            id, clock.instant().plus(Webhooks.ROTATION_OVERLAP).plusSeconds(1)))
                    .hasSize(1)
                    .first()
                    .isEqualTo(WebhookHarness.key(rotated));
            assertThat(webhooks.rotate(UUID.randomUUID(), id))
                    .as("another organization")
                    .isEmpty();
        }
    }

    private UUID issue(Scenario.Issuer issuer) {
        UUID badge =
                Scenario.badge(issuer, "Badge " + UUID.randomUUID().toString().substring(0, 6), "di");
        return Scenario.issue(issuer, badge, "Grace Hopper", uniqueEmail("grace"));
    }

    private double counter(String name) {
        return metrics.find(name).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
