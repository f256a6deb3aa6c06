package dev.laurel.server.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/v1/applications}: a key lists the queue, reads an application with its submissions, is refused an
 * approval that leaves a criterion unscored, approves (one approval required: the credential is issued) and cannot
 * decide again.
 */
class ApplicationsApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Applying applying;

    @Test
    void aKeyListsReadsAndApprovesAnApplication() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "API Review Board");
        UUID badge = api.createAchievement("API Reviewed", "di");
        jdbc.sql("insert into application_badges (badge_id, organization_id, open, approvals_required, rubric, "
                        + "updated_at) values (:badge, :org, true, 1, 'Craft: Basic | Advanced', now())")
                .param("badge", badge)
                .param("org", api.organizationId())
                .update();
        String email = uniqueEmail("applicant");
        LaurelUser earner = new LaurelUser(UUID.randomUUID(), email, "Api Applicant", true, "unused", false);
        Application application = applying.apply(
                new BadgeId(badge),
                earner,
                EvidenceForm.of(
                        "Built the thing.",
                        Map.of("c1", "Shown in the repository."),
                        "https://example.org/thing",
                        List.of(),
                        Rubric.parse("Craft: Basic | Advanced")));

        ApiCalls.Answer list = api.get("/api/v1/applications?state=submitted&achievement=" + badge);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("applications").get(0).get("id").asText())
                .isEqualTo(application.id().toString());
        ApiCalls.Answer one = api.get("/api/v1/applications/" + application.id());
        assertThat(one.json().get("submissions").get(0).get("answers").get("c1").asText())
                .isEqualTo("Shown in the repository.");

        ApiCalls.Answer unscored = api.post(
                "/api/v1/applications/" + application.id() + "/decide",
                "{\"decision\": \"approve\", \"comment\": \"Good.\"}");
        assertThat(unscored.status()).isEqualTo(400);
        assertThat(unscored.code()).isEqualTo("applications.review-invalid");

        ApiCalls.Answer approved = api.post(
                "/api/v1/applications/" + application.id() + "/decide",
                "{\"decision\": \"approve\", \"comment\": \"Good.\", \"scores\": {\"c1\": \"c1-l2\"}}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("approved");
        assertThat(approved.json().get("credentialId").isNull()).isFalse();
        assertThat(approved.json().get("reviews").get(0).get("reviewer").asText())
                .startsWith("API key ");

        ApiCalls.Answer again = api.post(
                "/api/v1/applications/" + application.id() + "/decide",
                "{\"decision\": \"decline\", \"comment\": \"No.\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("applications.wrong-state");
    }
}
