package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.platform.ClockMoves;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/v1/credentials/{id}/renew}: a new credential of the same achievement to the same earner, linked both
 * ways; the renewed one shows renewed, then expired, in the resource and the list's status filter.
 */
class RenewalApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void renewingIssuesANewCredentialNamingTheOneItRenews() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Renewing Board");
        UUID achievement = api.createAchievement("Certified Auditor", "di");
        String email = uniqueEmail("auditor");
        UUID old = api.issue(achievement, "Grace Hopper", email);

        ApiCalls.Answer renewed = api.post("/api/v1/credentials/" + old + "/renew", (String) null);

        assertThat(renewed.status()).isEqualTo(201);
        JsonNode body = renewed.json();
        assertThat(fieldNames(body)).containsExactly("id", "url", "credential");
        UUID renewal = UUID.fromString(body.get("id").asText());
        assertThat(renewal).isNotEqualTo(old);
        JsonNode credential = body.get("credential");
        assertThat(credential
                        .get("credentialSubject")
                        .get("achievement")
                        .get("id")
                        .asText())
                .endsWith("/badges/" + achievement);
        assertThat(credential.get("evidence").toString())
                .as("the signed credential names the one it renews")
                .contains("http://localhost:" + PORT + "/c/" + old);
        assertThat(credential.get("credentialSubject").get("creditsEarned").decimalValue())
                .isEqualByComparingTo("1.5");

        JsonNode newer = api.get("/api/v1/credentials/" + renewal).json();
        assertThat(newer.get("renews").asText()).isEqualTo(old.toString());
        assertThat(newer.get("status").asText()).isEqualTo("active");
        assertThat(newer.get("claim").asText()).isEqualTo("pending");
        assertThat(newer.get("recipient").get("email").asText()).isEqualTo(email);
        JsonNode older = api.get("/api/v1/credentials/" + old).json();
        assertThat(older.get("status").asText()).isEqualTo("renewed");
        assertThat(older.get("renewedBy").asText()).isEqualTo(renewal.toString());
        assertThat(ids(api, "renewed")).contains(old).doesNotContain(renewal);
        assertThat(ids(api, "active")).contains(renewal).doesNotContain(old);
    }

    @Test
    void aCredentialIsRenewedOnceAndNotWhenRevoked() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Strict Board");
        UUID achievement = api.createAchievement("Safety Officer", "di");
        UUID old = api.issue(achievement, "Ada Lovelace", uniqueEmail("ada"));
        UUID renewal = UUID.fromString(api.post("/api/v1/credentials/" + old + "/renew", (String) null)
                .json()
                .get("id")
                .asText());

        ApiCalls.Answer again = api.post("/api/v1/credentials/" + old + "/renew", (String) null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("lifecycle.already-renewed");
        assertThat(again.json().get("detail").asText()).contains(renewal.toString());

        UUID revoked = api.issue(achievement, "Alan Turing", uniqueEmail("alan"));
        assertThat(api.post("/api/v1/credentials/" + revoked + "/revoke", "{\"reason\": \"cheated\"}")
                        .status())
                .isEqualTo(200);
        ApiCalls.Answer refused = api.post("/api/v1/credentials/" + revoked + "/renew", (String) null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("lifecycle.not-renewable");
        assertThat(refused.json().get("detail").asText()).contains("revoked");
        assertThat(api.post("/api/v1/credentials/" + UUID.randomUUID() + "/renew", (String) null)
                        .code())
                .isEqualTo("api.not-found");
    }

    @Test
    void aCredentialPastItsValidUntilIsExpiredAndStillRenewable() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Expiring Board");
        UUID achievement = api.createAchievement("First Aid", "di");
        UUID old = api.issue(achievement, "Mary Seacole", uniqueEmail("mary"));
        assertThat(api.get("/api/v1/credentials/" + old).json().get("status").asText())
                .isEqualTo("active");

        ClockMoves.advance(port, "P731D");

        assertThat(api.get("/api/v1/credentials/" + old).json().get("status").asText())
                .isEqualTo("expired");
        assertThat(ids(api, "expired")).contains(old);
        assertThat(ids(api, "active")).doesNotContain(old);
        ApiCalls.Answer renewed = api.post("/api/v1/credentials/" + old + "/renew", (String) null);
        assertThat(renewed.status()).isEqualTo(201);
        JsonNode older = api.get("/api/v1/credentials/" + old).json();
        assertThat(older.get("status").asText()).as("expired wins over renewed").isEqualTo("expired");
        assertThat(api.get("/api/v1/credentials?status=lapsed").code()).isEqualTo("api.validation");
    }

    private static List<UUID> ids(ApiCalls api, String status) {
        JsonNode page =
                api.get("/api/v1/credentials?limit=200&status=" + status).json();
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asText())));
        return ids;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
