package dev.laurel.server.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A credential past its {@code validUntil} says so on its public page — prominently, with the date, still naming who
 * earned what — and on {@code /verify}; sharing ends with expiry unless the badge says otherwise; a renewed one links
 * to the credential that renews it.
 */
class ExpiredCredentialPageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    LifecyclePolicies policies;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void anExpiredCredentialsPageSaysExpiredWithItsDateAndOffersNoSharing() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Expiry Board");
        UUID achievement = api.createAchievement("Fire Warden", "di");
        UUID id = api.issue(achievement, "Mary Seacole", uniqueEmail("mary"));
        String until =
                api.get("/api/v1/credentials/" + id).json().get("validUntil").asText();
        Browser browser = new Browser(port);
        assertThat(browser.get("/c/" + id).body())
                .doesNotContain("expired-banner")
                .contains("id=\"share\"");

        ClockMoves.advance(port, "P731D");

        String page = browser.get("/c/" + id).body();
        String date = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                .format(java.time.Instant.parse(until).atZone(java.time.ZoneOffset.UTC));
        assertThat(page)
                .contains("id=\"expired-banner\"")
                .contains("Expired on " + date)
                .contains("<h1>Fire Warden</h1>")
                .contains("Awarded to Mary Seacole")
                .contains("class=\"pill expired\"")
                .contains("id=\"share-ended\"")
                .doesNotContain("id=\"share\"");

        JsonNode report = verify(browser.get("/c/" + id + "/credential.json").body());
        assertThat(report.get("verified").asBoolean()).isFalse();
        JsonNode validUntil = check(report, "valid-until");
        assertThat(validUntil.get("status").asText()).isEqualTo("failed");
        assertThat(validUntil.get("reason").asText()).isEqualTo("valid-until.expired");
    }

    @Test
    void aBadgeMayKeepSharingAfterExpiry() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Lenient Board");
        UUID achievement = api.createAchievement("Lifeguard", "di");
        policies.save(
                new OrganizationId(api.organizationId()),
                new BadgeId(achievement),
                new LifecyclePolicies.Overrides(null, null, false, null, null, null, null, null, null, null));
        UUID id = api.issue(achievement, "Ada Lovelace", uniqueEmail("ada"));

        ClockMoves.advance(port, "P731D");

        String page = new Browser(port).get("/c/" + id).body();
        assertThat(page)
                .contains("id=\"expired-banner\"")
                .contains("id=\"share\"")
                .doesNotContain("share-ended");
    }

    @Test
    void aRenewedCredentialLinksToTheOneThatRenewsIt() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Renewal Board");
        UUID achievement = api.createAchievement("Paramedic", "di");
        UUID old = api.issue(achievement, "Alan Turing", uniqueEmail("alan"));
        UUID renewal = UUID.fromString(api.post("/api/v1/credentials/" + old + "/renew", (String) null)
                .json()
                .get("id")
                .asText());

        String page = new Browser(port).get("/c/" + old).body();
        assertThat(page)
                .contains("id=\"renewed-banner\"")
                .contains("href=\"/c/" + renewal + "\"")
                .contains("class=\"pill renewed\"")
                .doesNotContain("expired-banner");
        assertThat(new Browser(port).get("/c/" + renewal).body()).doesNotContain("renewed-banner");
    }

    private JsonNode verify(String credential) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/verify"))
                                .header("Accept", "application/json")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.parse(answer.body());
    }

    private static JsonNode check(JsonNode report, String id) {
        for (JsonNode check : report.get("checks")) {
            if (check.get("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + report);
    }
}
