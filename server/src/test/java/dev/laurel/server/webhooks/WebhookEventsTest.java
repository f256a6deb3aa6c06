package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuingEvents.CredentialSuspended;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Which events become deliveries, to which endpoints, with which payloads — in the action's own transaction. */
class WebhookEventsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    WebhookHarness harness;

    @BeforeEach
    void harness() {
        harness = new WebhookHarness(jdbc, transactions);
    }

    @Test
    void everyCredentialEventGoesToTheEnabledEndpointsThatWantItAndNoOthers() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Eventful University");
            Scenario.Issuer other = Scenario.issuer(port, jdbc, "Unrelated College");
            UUID all = endpoint(issuer, receiver, List.of("*"), true);
            UUID revocations = endpoint(issuer, receiver, List.of("credential.revoked"), true);
            UUID paused = endpoint(issuer, receiver, List.of("*"), false);
            UUID elsewhere = endpoint(other, receiver, List.of("*"), true);

            UUID badge = Scenario.badge(issuer, "Chemistry", "jwt");
            String email = uniqueEmail("marie");
            UUID credential = Scenario.issue(issuer, badge, "Marie Curie", email);
            changeState(issuer, credential, "suspend", "Under review");
            changeState(issuer, credential, "reinstate", "Cleared");
            changeState(issuer, credential, "revoke", "Issued in error");

            for (String type : List.of(
                    "credential.issued", "credential.suspended", "credential.reinstated", "credential.revoked")) {
                JsonNode payload = payload(harness.onlyDelivery(all, type));
                assertThat(payload.get("type").asText()).isEqualTo(type);
                JsonNode data = payload.get("data");
                assertThat(data.get("credentialId").asText()).isEqualTo(credential.toString());
                assertThat(data.get("organizationId").asText())
                        .isEqualTo(issuer.organizationId().toString());
                assertThat(data.get("achievementId").asText()).isEqualTo(badge.toString());
                assertThat(data.get("recipient").get("email").asText()).isEqualTo(email);
                assertThat(data.get("url").asText()).endsWith("/c/" + credential);
            }
            assertThat(payload(harness.onlyDelivery(all, "credential.suspended"))
                            .at("/data/reason")
                            .asText())
                    .isEqualTo("Under review");
            assertThat(payload(harness.onlyDelivery(all, "credential.reinstated"))
                            .at("/data/reason")
                            .asText())
                    .isEqualTo("Cleared");
            JsonNode revoked = payload(harness.onlyDelivery(revocations, "credential.revoked"));
            assertThat(revoked.at("/data/reason").asText()).isEqualTo("Issued in error");
            assertThat(harness.deliveries(all, "credential.revoked"))
                    .as("one event, one webhook-id for every endpoint")
                    .map(id -> eventOf(id))
                    .containsExactly(eventOf(harness.onlyDelivery(revocations, "credential.revoked")));
            assertThat(harness.deliveries(revocations, "credential.issued")).isEmpty();
            assertThat(count(paused))
                    .as("a disabled endpoint is sent nothing new")
                    .isZero();
            assertThat(count(elsewhere)).as("another organization's endpoint").isZero();
        }
    }

    @Test
    void aClaimIsAnnouncedWithTheCredential() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Claiming Institute");
            UUID endpoint = endpoint(issuer, receiver, List.of("credential.claimed"), true);
            Scenario.Person earner = Scenario.signUp(port, jdbc, "Katherine Johnson");
            UUID badge = Scenario.badge(issuer, "Orbital Mechanics", "di");
            UUID credential = Scenario.issue(issuer, badge, earner.name(), earner.email());
            String text =
                    Mails.text(mailsTo(earner.email(), m -> Mails.subject(m).startsWith("You have earned"))
                            .getFirst());
            Matcher link = Pattern.compile("/claim/[A-Za-z0-9_-]{43}").matcher(text);
            assertThat(link.find()).as(text).isTrue();
            earner.browser().get(link.group());
            earner.browser().post(link.group(), Map.of());

            JsonNode claimed = payload(harness.onlyDelivery(endpoint, "credential.claimed"));
            assertThat(claimed.at("/data/credentialId").asText()).isEqualTo(credential.toString());
            assertThat(claimed.at("/data/recipient/name").asText()).isEqualTo("Katherine Johnson");
            assertThat(harness.deliveries(endpoint, "credential.issued")).isEmpty();
        }
    }

    @Test
    void aShareFromTheBackpackIsAnnouncedWithItsChannel() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Shared Institute");
            UUID endpoint = endpoint(issuer, receiver, List.of("credential.shared"), true);
            Scenario.Person earner = Scenario.signUp(port, jdbc, "Sharon Sharer");
            UUID credential =
                    Scenario.issue(issuer, Scenario.badge(issuer, "Sharing", "di"), earner.name(), earner.email());
            earner.browser().get("/backpack");
            earner.browser().post("/backpack/" + credential + "/accept", Map.of());
            UUID item = jdbc.sql("select id from backpack_items where credential_id = :id")
                    .param("id", credential)
                    .query(UUID.class)
                    .single();
            earner.browser().get("/backpack/items/" + item);
            assertThat(earner.browser()
                            .post("/backpack/items/" + item + "/shared", Map.of("channel", "linkedin"))
                            .status())
                    .isEqualTo(204);

            JsonNode shared = payload(harness.onlyDelivery(endpoint, "credential.shared"));
            assertThat(shared.at("/data/channel").asText()).isEqualTo("linkedin");
            assertThat(shared.at("/data/credentialId").asText()).isEqualTo(credential.toString());
            assertThat(shared.at("/data/organizationId").asText())
                    .isEqualTo(issuer.organizationId().toString());
            assertThat(shared.at("/data/url").asText()).endsWith("/c/" + credential);
        }
    }

    @Test
    void aViewOfThePublicPageByAPersonIsAnnouncedAtMostOnceAMinute() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Visible Academy");
            UUID endpoint = endpoint(issuer, receiver, List.of("credential.viewed"), true);
            UUID credential = Scenario.issue(
                    issuer, Scenario.badge(issuer, "Astronomy", "di"), "Vera Rubin", uniqueEmail("vera"));

            Browser robot = new Browser(port);
            robot.raw(HttpRequest.newBuilder(robot.uri("/c/" + credential))
                    .header("User-Agent", "Slackbot-LinkExpanding 1.0"));
            Browser verifier = new Browser(port);
            verifier.raw(
                    HttpRequest.newBuilder(verifier.uri("/c/" + credential)).header("Accept", "application/json"));
            assertThat(harness.deliveries(endpoint, "credential.viewed"))
                    .as("robots and documents are not views")
                    .isEmpty();

            Browser visitor = new Browser(port);
            assertThat(visitor.get("/c/" + credential).status()).isEqualTo(200);
            assertThat(visitor.get("/c/" + credential).status()).isEqualTo(200);
            assertThat(new Browser(port).get("/c/" + credential).status()).isEqualTo(200);

            JsonNode viewed = payload(harness.onlyDelivery(endpoint, "credential.viewed"));
            assertThat(viewed.at("/data/credentialId").asText()).isEqualTo(credential.toString());
            assertThat(viewed.at("/data/organizationId").asText())
                    .isEqualTo(issuer.organizationId().toString());
        }
    }

    @Test
    void deliveriesCommitWithTheActionAndOneEventReachesAnEndpointOnlyOnce() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Atomic College");
            UUID endpoint = endpoint(issuer, receiver, List.of("*"), true);
            UUID credential = Scenario.issue(
                    issuer, Scenario.badge(issuer, "Physics", "di"), "Lise Meitner", uniqueEmail("lise"));
            long before = count(endpoint);

            transactions.executeWithoutResult(status -> {
                events.publishEvent(new CredentialSuspended(
                        new OrganizationId(issuer.organizationId()),
                        new CredentialId(credential),
                        "rolled back",
                        new Actor.ApiKey(UUID.randomUUID(), issuer.organizationId())));
                assertThat(count(endpoint)).isEqualTo(before + 1);
                status.setRollbackOnly();
            });
            assertThat(count(endpoint)).as("rolled back with the action").isEqualTo(before);

            UUID delivery = harness.onlyDelivery(endpoint, "credential.issued");
            assertThatThrownBy(() -> jdbc.sql("""
                            insert into webhook_deliveries (id, event_id, endpoint_id, state, next_attempt_at,
                                                            retry_until, created_at)
                            select :id, event_id, endpoint_id, 'pending', now(), now(), now()
                            from webhook_deliveries where id = :delivery
                            """)
                            .param("id", UUID.randomUUID())
                            .param("delivery", delivery)
                            .update())
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    private UUID endpoint(Scenario.Issuer issuer, Receiver receiver, List<String> events, boolean enabled) {
        return webhooks.create(issuer.organizationId(), new Webhooks.Changes(receiver.url(), null, events, enabled))
                .endpoint()
                .id();
    }

    private void changeState(Scenario.Issuer issuer, UUID id, String action, String reason) {
        String base = "/organizations/" + issuer.organizationId() + "/credentials/" + id;
        Browser browser = issuer.owner().browser();
        browser.get(base);
        assertThat(browser.post(base + "/" + action, Map.of("reason", reason)).status())
                .isEqualTo(200);
    }

    private JsonNode payload(UUID delivery) {
        return Json.parse(
                jdbc.sql("""
                        select ev.payload from webhook_deliveries d join webhook_events ev on ev.id = d.event_id
                        where d.id = :id
                        """).param("id", delivery).query(String.class).single());
    }

    private UUID eventOf(UUID delivery) {
        return jdbc.sql("select event_id from webhook_deliveries where id = :id")
                .param("id", delivery)
                .query(UUID.class)
                .single();
    }

    private long count(UUID endpoint) {
        return jdbc.sql("select count(*) from webhook_deliveries where endpoint_id = :id")
                .param("id", endpoint)
                .query(Long.class)
                .single();
    }
}
