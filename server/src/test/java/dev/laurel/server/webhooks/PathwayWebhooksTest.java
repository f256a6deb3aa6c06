package dev.laurel.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.pathways.PathwayEvents.PathwayCompleted;
import dev.laurel.server.pathways.PathwayEvents.StepsCompleted;
import dev.laurel.server.pathways.PathwayId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An earner completing a step of a pathway, or the whole pathway, reaches the organization's endpoints that want it
 * as pathway.step_completed and pathway.completed, signed like every event; an erased earner is no longer named.
 */
class PathwayWebhooksTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    Deliveries deliveries;

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
    void aCompletedStepAndACompletedPathwayAreDeliveredToTheEndpointsThatWantThem() {
        try (Receiver receiver = new Receiver()) {
            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Pathway Hooks University");
            Webhooks.Created all = webhooks.create(
                    issuer.organizationId(), new Webhooks.Changes(receiver.url(), "LMS", List.of("*"), true));
            Webhooks.Created completionsOnly = webhooks.create(
                    issuer.organizationId(),
                    new Webhooks.Changes(receiver.url(), null, List.of("pathway.completed"), true));
            UUID completions = completionsOnly.endpoint().id();
            UUID badge = Scenario.badge(issuer, "Data Analyst", "di");
            String email = uniqueEmail("ada");
            UUID goal = Scenario.issue(issuer, badge, "Ada Lovelace", email);
            OrganizationId organization = new OrganizationId(issuer.organizationId());
            PathwayId pathway = PathwayId.random();

            transactions.executeWithoutResult(status -> {
                events.publishEvent(new StepsCompleted(
                        organization,
                        pathway,
                        "Data Analyst",
                        java.util.List.of(new StepsCompleted.Completion("sql", "SQL basics", email))));
                events.publishEvent(
                        new PathwayCompleted(organization, pathway, "Data Analyst", email, new CredentialId(goal)));
            });

            JsonNode step = payload(harness.onlyDelivery(all.endpoint().id(), "pathway.step_completed"));
            assertThat(step.get("type").asText()).isEqualTo("pathway.step_completed");
            JsonNode data = step.get("data");
            assertThat(data.get("organizationId").asText())
                    .isEqualTo(issuer.organizationId().toString());
            assertThat(data.get("pathwayId").asText()).isEqualTo(pathway.toString());
            assertThat(data.get("pathwayName").asText()).isEqualTo("Data Analyst");
            assertThat(data.get("url").asText()).isEqualTo("http://localhost:" + port + "/pathways/" + pathway);
            assertThat(data.get("stepId").asText()).isEqualTo("sql");
            assertThat(data.get("stepName").asText()).isEqualTo("SQL basics");
            assertThat(data.at("/recipient/email").asText()).isEqualTo(email);

            UUID delivery = harness.onlyDelivery(completions, "pathway.completed");
            JsonNode completed = payload(delivery).get("data");
            assertThat(completed.get("pathwayId").asText()).isEqualTo(pathway.toString());
            assertThat(completed.at("/recipient/email").asText()).isEqualTo(email);
            assertThat(completed.at("/recipient/name").asText()).isEqualTo("Ada Lovelace");
            assertThat(completed.get("credentialId").asText()).isEqualTo(goal.toString());
            assertThat(completed.get("credentialUrl").asText()).isEqualTo("http://localhost:" + port + "/c/" + goal);
            assertThat(harness.deliveries(completions, "pathway.step_completed"))
                    .isEmpty();

            harness.attemptUntil(delivery, 1);
            Receiver.Received received = receiver.received().stream()
                    .filter(r -> r.text().contains("\"pathway.completed\""))
                    .filter(r -> WebhookHarness.signedBy(
                            completionsOnly.secret(), r.id(), r.timestamp(), r.body(), r.signature()))
                    .findFirst()
                    .orElseThrow();
            assertThat(Json.parse(received.text()).at("/data/credentialId").asText())
                    .isEqualTo(goal.toString());
            assertThat(received.id()).startsWith("msg_");

            transactions.executeWithoutResult(status -> deliveries.forgetEarner(List.of(email)));
            JsonNode forgotten = payload(harness.onlyDelivery(all.endpoint().id(), "pathway.step_completed"));
            assertThat(forgotten.at("/data/recipient/email").isNull()).isTrue();
            assertThat(forgotten.at("/data/recipient/name").asText()).isEqualTo("deleted earner");
            assertThat(payload(delivery).toString()).doesNotContain(email);
        }
    }

    private JsonNode payload(UUID delivery) {
        return Json.parse(
                jdbc.sql("""
                        select ev.payload from webhook_deliveries d join webhook_events ev on ev.id = d.event_id
                        where d.id = :id
                        """).param("id", delivery).query(String.class).single());
    }
}
