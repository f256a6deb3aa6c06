package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CredentialsApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void readsACredentialWithItsRecipientStateAndDocument() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Reading University");
        UUID achievement = api.createAchievement("Reading", "di");
        String email = uniqueEmail("ada");
        UUID id = api.issue(achievement, "Ada Lovelace", email);
        JsonNode credential = api.get("/api/v1/credentials/" + id).json();
        assertThat(credential.get("id").asText()).isEqualTo(id.toString());
        assertThat(credential.get("url").asText()).isEqualTo("http://localhost:" + PORT + "/c/" + id);
        assertThat(credential.get("achievementId").asText()).isEqualTo(achievement.toString());
        assertThat(credential.get("recipient").get("email").asText()).isEqualTo(email);
        assertThat(credential.get("recipient").get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(credential.get("issuedAt").asText()).endsWith("Z");
        assertThat(credential.get("validUntil").asText()).isNotBlank();
        assertThat(credential.get("format").asText()).isEqualTo("di");
        assertThat(credential.get("status").asText()).isEqualTo("active");
        assertThat(credential.get("statusReason").isNull()).isTrue();
        assertThat(credential.get("credential").get("id").asText())
                .isEqualTo(credential.get("url").asText());
        assertThat(api.get("/api/v1/credentials/" + UUID.randomUUID()).code()).isEqualTo("api.not-found");
    }

    @Test
    void suspendsReinstatesAndRevokesRefusingWhatTheStateDoesNotAllow() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Stateful College");
        UUID id = api.issue(api.createAchievement("Safety", "di"), "Alan Turing", uniqueEmail("alan"));
        String base = "/api/v1/credentials/" + id;

        ApiCalls.Answer noReason = api.post(base + "/suspend", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(AchievementsApiTest.fields(noReason)).containsExactly("reason");
        assertThat(AchievementsApiTest.fields(api.send("POST", base + "/revoke", null, java.util.Map.of())))
                .containsExactly("reason");
        assertThat(AchievementsApiTest.fields(api.post(base + "/revoke", reason("x".repeat(501)))))
                .containsExactly("reason");
        assertThat(api.post(base + "/reinstate", reason("Why not")).code()).isEqualTo("api.conflict");

        ApiCalls.Answer suspended = api.post(base + "/suspend", reason("Under review"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("status").asText()).isEqualTo("suspended");
        assertThat(suspended.json().get("statusReason").asText()).isEqualTo("Under review");
        assertThat(api.post(base + "/suspend", reason("Again")).status()).isEqualTo(409);

        ApiCalls.Answer reinstated = api.send("POST", base + "/reinstate", null, java.util.Map.of());
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
        assertThat(reinstated.json().get("status").asText()).isEqualTo("active");

        ApiCalls.Answer revoked = api.post(base + "/revoke", reason("Issued in error"));
        assertThat(revoked.json().get("status").asText()).isEqualTo("revoked");
        ApiCalls.Answer twice = api.post(base + "/revoke", reason("Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("api.conflict");
        assertThat(api.post(base + "/reinstate", reason("Undo")).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/credentials/" + UUID.randomUUID() + "/revoke", reason("x"))
                        .code())
                .isEqualTo("api.not-found");
        assertThat(jdbc.sql(
                                "select action from audit_log where organization_id = :org and details->>'apiKey' is not null "
                                        + "and action like 'credential.%' order by id")
                        .param("org", api.organizationId())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "credential.issued", "credential.suspended", "credential.reinstated", "credential.revoked");
    }

    @Test
    void listsNewestFirstInPagesWithFilters() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Listing Institute");
        UUID first = api.createAchievement("First", "di");
        UUID second = api.createAchievement("Second", "jwt");
        String ada = uniqueEmail("ada");
        List<UUID> issued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ObjectNode body = ApiCalls.issue("Earner " + i, i == 3 ? ada.toUpperCase() : uniqueEmail("e" + i));
            body.put("issuedOn", "2026-01-0" + (i + 1));
            ApiCalls.Answer answer = api.post("/api/v1/achievements/" + (i % 2 == 0 ? first : second) + "/issue", body);
            issued.add(UUID.fromString(answer.json().get("id").asText()));
        }
        api.post("/api/v1/credentials/" + issued.get(1) + "/revoke", reason("Error"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/credentials?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen)
                .containsExactly(
                        issued.get(4).toString(),
                        issued.get(3).toString(),
                        issued.get(2).toString(),
                        issued.get(1).toString(),
                        issued.get(0).toString());

        assertThat(ids(api, "achievement=" + second))
                .containsExactly(issued.get(3).toString(), issued.get(1).toString());
        assertThat(ids(api, "status=revoked")).containsExactly(issued.get(1).toString());
        assertThat(ids(api, "recipient=" + ada)).containsExactly(issued.get(3).toString());
        assertThat(ids(api, "issuedAfter=2026-01-02&issuedBefore=2026-01-04"))
                .containsExactly(issued.get(2).toString(), issued.get(1).toString());
        assertThat(ids(api, "issuedAfter=2026-01-05T00:00:00Z"))
                .containsExactly(issued.get(4).toString());

        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?limit=201")))
                .containsExactly("limit");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?limit=0")))
                .containsExactly("limit");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?limit=many")))
                .containsExactly("limit");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?status=lost")))
                .containsExactly("status");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?issuedAfter=yesterday")))
                .containsExactly("issuedAfter");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?cursor=bm90LWEtY3Vyc29y")))
                .containsExactly("cursor");
        assertThat(AchievementsApiTest.fields(api.get("/api/v1/credentials?achievement=x")))
                .containsExactly("achievement");
    }

    @Test
    void listsRecipientsWithCountsAndCredentialIds() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Recipient College");
        UUID achievement = api.createAchievement("Counted", "di");
        String ada = uniqueEmail("ada");
        ObjectNode older = ApiCalls.issue("Ada", ada);
        older.put("issuedOn", "2026-01-01");
        UUID one = UUID.fromString(api.post("/api/v1/achievements/" + achievement + "/issue", older)
                .json()
                .get("id")
                .asText());
        UUID two = api.issue(achievement, "Ada Lovelace", ada.toUpperCase());
        UUID other = api.issue(achievement, "Grace", uniqueEmail("grace"));
        api.post("/api/v1/credentials/" + one + "/suspend", reason("Check"));

        JsonNode all = api.get("/api/v1/recipients").json();
        assertThat(all.get("items")).hasSize(2);
        assertThat(all.get("nextCursor").isNull()).isTrue();

        JsonNode only = api.get("/api/v1/recipients?email=" + ada).json().get("items");
        assertThat(only).hasSize(1);
        JsonNode recipient = only.get(0);
        assertThat(recipient.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(recipient.get("counts").get("total").asInt()).isEqualTo(2);
        assertThat(recipient.get("counts").get("active").asInt()).isEqualTo(1);
        assertThat(recipient.get("counts").get("suspended").asInt()).isEqualTo(1);
        assertThat(recipient.get("counts").get("revoked").asInt()).isZero();
        List<String> ids = new ArrayList<>();
        recipient.get("credentialIds").forEach(id -> ids.add(id.asText()));
        assertThat(ids)
                .containsExactlyInAnyOrder(one.toString(), two.toString())
                .doesNotContain(other.toString());

        JsonNode firstPage = api.get("/api/v1/recipients?limit=1").json();
        assertThat(firstPage.get("items")).hasSize(1);
        JsonNode secondPage = api.get("/api/v1/recipients?limit=1&cursor="
                        + firstPage.get("nextCursor").asText())
                .json();
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(secondPage.get("items").get(0).get("email"))
                .isNotEqualTo(firstPage.get("items").get(0).get("email"));
        assertThat(secondPage.get("nextCursor").isNull()).isTrue();
    }

    private static List<String> ids(ApiCalls api, String query) {
        ApiCalls.Answer answer = api.get("/api/v1/credentials?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    static String reason(String why) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("reason", why);
        return Json.write(body);
    }
}
