package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A badge or an organization saved before URLs were checked may hold one that is not an IRI: issuing it answers a
 * clear refusal naming the field — never a 500 — and signs nothing (issue 12, item 10).
 */
class SavedBadIriTest extends ServerTest {

    private static final String NOT_AN_IRI = "https://crit.example/\"><x>";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void issuingABadgeSavedWithACriteriaUrlThatIsNotAnIriIsRefusedNamingTheField() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Legacy Criteria College");
        UUID badge = api.createAchievement("Legacy criteria");
        jdbc.sql("update badges set criteria_url = :url where id = :id")
                .param("url", NOT_AN_IRI)
                .param("id", badge)
                .update();

        assertRefusedNaming(api, badge, "criteria");
    }

    @Test
    void issuingABadgeSavedWithAnAlignmentUrlThatIsNotAnIriIsRefusedNamingTheField() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Legacy Alignment College");
        UUID badge = api.createAchievement("Legacy alignment");
        jdbc.sql("update badges set alignments = jsonb_set(alignments, '{0,url}', to_jsonb(cast(:url as text))) "
                        + "where id = :id")
                .param("url", "https://esco.example/{skill}")
                .param("id", badge)
                .update();

        assertRefusedNaming(api, badge, "alignment");
    }

    @Test
    void issuingForAnOrganizationSavedWithAWebsiteThatIsNotAnIriIsRefusedNamingTheField() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Legacy Website College");
        UUID badge = api.createAchievement("Legacy website");
        jdbc.sql("update organizations set url = :url where id = :id")
                .param("url", "https://college.example/a b")
                .param("id", api.organizationId())
                .update();

        assertRefusedNaming(api, badge, "website");
    }

    @Test
    void theIssuePageSaysWhichSavedUrlToCorrectAndIssuesNothing() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Legacy Page College");
        UUID badge = Scenario.badge(issuer, "Legacy page", "di");
        jdbc.sql("update badges set criteria_url = :url where id = :id")
                .param("url", NOT_AN_IRI)
                .param("id", badge)
                .update();
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/badges/" + badge + "/issue";
        browser.get(path);
        String email = uniqueEmail("grace");

        Browser.Page page = browser.post(
                path, Map.of("recipientName", "Grace", "recipientEmail", email, "issueDate", "", "narrative", ""));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("cannot be issued")
                .contains("criteria.url")
                .doesNotContain("\"><x>");
        assertThat(jdbc.sql("select count(*) from credentials where recipient_email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void assertRefusedNaming(ApiCalls api, UUID badge, String field) {
        String email = uniqueEmail("ada");
        ApiCalls.Answer answer = api.post("/api/v1/achievements/" + badge + "/issue", ApiCalls.issue("Ada", email));
        assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        assertThat(answer.json().path("detail").asText()).as(answer.toString()).containsIgnoringCase(field);
        assertThat(jdbc.sql("select count(*) from credentials where recipient_email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
