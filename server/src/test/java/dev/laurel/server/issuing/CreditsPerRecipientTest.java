package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
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
 * Each earner's continuing-education credits, given when issuing one on the page or through the API (the badge's
 * creditsAvailable when not given), shown to the issuer in the credential list.
 */
class CreditsPerRecipientTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void theIssueFormTakesTheCreditsEarnedAndTheListShowsThem() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Credits Institute");
        UUID badgeId = Scenario.badge(issuer, "Ethics Module", "di");
        Browser browser = issuer.owner().browser();
        String path = "/organizations/" + issuer.organizationId() + "/badges/" + badgeId + "/issue";
        assertThat(browser.get(path).body()).contains("id=\"creditsEarned\"").contains("the badge&#39;s 1.5");

        Browser.Page refused = browser.post(path, form("Bad Credits", uniqueEmail("bad"), "-1"));
        assertThat(refused.body()).contains("Enter a number such as 1.5.");

        Browser.Page issued = browser.post(path, form("Ada Credits", uniqueEmail("ada"), "2.25"));
        UUID id = UUID.fromString(issued.uri().getPath().replaceAll(".*/", ""));
        assertThat(issued.body()).contains("2.25");
        JsonSubject subject = JsonSubject.of(jdbc, id);
        assertThat(subject.credits()).isEqualTo("2.25");
        browser.post(path, form("Default Credits", uniqueEmail("default"), ""));

        String list = browser.get("/organizations/" + issuer.organizationId() + "/credentials")
                .body();
        assertThat(list)
                .containsPattern("<td [^>]*class=\"credits\"[^>]*>2.25</td>")
                .containsPattern("<td [^>]*class=\"credits\"[^>]*>1.5</td>");
    }

    @Test
    void theApiTakesCreditsEarnedAndRefusesNegativeOnes() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Credits API Institute");
        UUID achievement = api.createAchievement("Audit Module", "di");
        var body = ApiCalls.issue("Grace Credits", uniqueEmail("grace"));
        body.put("creditsEarned", 4);
        ApiCalls.Answer issued = api.post("/api/v1/achievements/" + achievement + "/issue", body);
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.json()
                        .get("credential")
                        .get("credentialSubject")
                        .get("creditsEarned")
                        .decimalValue())
                .isEqualByComparingTo("4");
        String id = issued.json().get("id").asText();
        assertThat(api.get("/api/v1/credentials/" + id)
                        .json()
                        .get("creditsEarned")
                        .decimalValue())
                .isEqualByComparingTo("4");

        body.put("creditsEarned", -1);
        ApiCalls.Answer refused = api.post("/api/v1/achievements/" + achievement + "/issue", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("api.validation");
        assertThat(refused.json().toString()).contains("creditsEarned").contains("must be 0 or more");
    }

    private static Map<String, String> form(String name, String email, String credits) {
        return Map.of(
                "recipientName",
                name,
                "recipientEmail",
                email,
                "issueDate",
                "",
                "narrative",
                "",
                "evidence",
                "",
                "creditsEarned",
                credits);
    }

    /** The signed credential's credentialSubject.creditsEarned, as stored. */
    private record JsonSubject(String credits) {
        static JsonSubject of(JdbcClient jdbc, UUID id) {
            String document = jdbc.sql("select document from credentials where id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            return new JsonSubject(Json.parse(document)
                    .get("credentialSubject")
                    .get("creditsEarned")
                    .asText());
        }
    }
}
