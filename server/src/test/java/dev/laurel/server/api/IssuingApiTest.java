package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IssuingApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    VerificationMethodResolver resolver;

    @Autowired
    HttpFetcher fetcher;

    @Test
    void issuesAVerifyingCredentialMailsTheEarnerAndRecordsTheKey() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "API Issuing University");
        UUID achievement = api.createAchievement("Teamwork", "di");
        String email = uniqueEmail("ada");
        ObjectNode body = ApiCalls.issue("Ada Lovelace", email);
        body.put("issuedOn", "2026-06-30");
        ApiCalls.Answer issued = api.post("/api/v1/achievements/" + achievement + "/issue", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        String id = issued.json().get("id").asText();
        assertThat(issued.json().get("url").asText()).isEqualTo("http://localhost:" + PORT + "/c/" + id);
        assertThat(issued.header("Location")).endsWith("/api/v1/credentials/" + id);
        JsonNode credential = issued.json().get("credential");
        assertThat(credential.isObject()).isTrue();
        assertThat(credential.get("validFrom").asText()).isEqualTo("2026-06-30T00:00:00Z");
        assertThat(credential.get("proof").get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        String stored = jdbc.sql("select document from credentials where id = :id")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(credential).isEqualTo(Json.parse(stored));
        assertThat(Verifier.builder()
                        .resolver(resolver)
                        .fetcher(fetcher)
                        .build()
                        .verify(Json.write(credential))
                        .verified())
                .isTrue();

        MimeMessage mail = mailsTo(email, m -> true).getFirst();
        assertThat(mail.getSubject()).contains("Teamwork");
        assertThat(jdbc.sql("select count(*) from claims where credential_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Map<String, Object> audit =
                jdbc.sql("""
                        select actor_account_id, details->>'apiKey' as key from audit_log
                        where organization_id = :org and action = 'credential.issued'
                        """).param("org", api.organizationId()).query().singleRow();
        assertThat(audit.get("actor_account_id")).isNull();
        assertThat(audit.get("key")).isNotNull();
        assertThat(jdbc.sql("select issued_by is null from credentials where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void returnsAVcJwtAsTheCompactString() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "JWT College");
        UUID achievement = api.createAchievement("Attendance", "di");
        ObjectNode body = ApiCalls.issue("Grace Hopper", uniqueEmail("grace"));
        body.put("format", "jwt");
        ApiCalls.Answer issued = api.post("/api/v1/achievements/" + achievement + "/issue", body);
        assertThat(issued.status()).isEqualTo(201);
        JsonNode credential = issued.json().get("credential");
        assertThat(credential.isTextual()).isTrue();
        assertThat(credential.asText().split("\\.")).hasSize(3);
        JsonNode read = api.get("/api/v1/credentials/" + issued.json().get("id").asText())
                .json();
        assertThat(read.get("format").asText()).isEqualTo("jwt");
        assertThat(read.get("credential").asText()).isEqualTo(credential.asText());
    }

    @Test
    void anIdempotencyKeyMakesOneCredentialAndRefusesADifferentRequest() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Idempotent Institute");
        UUID achievement = api.createAchievement("Once", "di");
        String path = "/api/v1/achievements/" + achievement + "/issue";
        String body = Json.write(ApiCalls.issue("Alan Turing", uniqueEmail("alan")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        ApiCalls.Answer first = api.send("POST", path, body, key);
        ApiCalls.Answer again = api.send("POST", path, body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(again.json().get("credential")).isEqualTo(first.json().get("credential"));
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(credentials(achievement)).isEqualTo(1);

        ApiCalls.Answer different =
                api.send("POST", path, Json.write(ApiCalls.issue("Someone Else", uniqueEmail("else"))), key);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.code()).isEqualTo("api.idempotency-mismatch");
        assertThat(credentials(achievement)).isEqualTo(1);

        assertThat(api.send(
                                "POST",
                                path,
                                body,
                                Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(201);
        assertThat(credentials(achievement)).isEqualTo(2);
        ApiCalls.Answer badKey = api.send("POST", path, body, Map.of("Idempotency-Key", "x".repeat(300)));
        assertThat(AchievementsApiTest.fields(badKey)).containsExactly("Idempotency-Key");
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneCredential() throws Exception {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Concurrent College");
        UUID achievement = api.createAchievement("Raced", "di");
        String path = "/api/v1/achievements/" + achievement + "/issue";
        String body = Json.write(ApiCalls.issue("Katherine Johnson", uniqueEmail("katherine")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            java.util.concurrent.Callable<ApiCalls.Answer> retry = () -> api.send("POST", path, body, key);
            var answers = pool.invokeAll(java.util.Collections.nCopies(4, retry));
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                ApiCalls.Answer got = answer.get();
                assertThat(got.status()).as(got.toString()).isEqualTo(201);
                ids.add(got.json().get("id").asText());
            }
            assertThat(ids).hasSize(1);
        }
        assertThat(credentials(achievement)).isEqualTo(1);
    }

    @Test
    void namesInvalidRecipientFieldsAndIssuesNothing() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Checking School");
        UUID achievement = api.createAchievement("Checked", "di");
        String path = "/api/v1/achievements/" + achievement + "/issue";
        ObjectNode body = ApiCalls.issue("", "not-an-address");
        body.putArray("evidence").add("ftp://example.org/x");
        body.put("format", "pdf");
        ApiCalls.Answer refused = api.post(path, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(AchievementsApiTest.fields(refused))
                .containsExactlyInAnyOrder("evidence[0]", "format", "recipient.email", "recipient.name");

        ObjectNode noRecipient = ApiCalls.issue("A", "a@example.org");
        noRecipient.remove("recipient");
        assertThat(AchievementsApiTest.fields(api.post(path, noRecipient))).containsExactly("recipient");
        ObjectNode badDate = ApiCalls.issue("A", "a@example.org");
        badDate.put("issuedOn", "30/06/2026");
        assertThat(AchievementsApiTest.fields(api.post(path, badDate))).containsExactly("issuedOn");
        assertThat(api.post(path, "{\"recipient\": {").code()).isEqualTo("api.malformed-json");
        assertThat(api.post("/api/v1/achievements/" + UUID.randomUUID() + "/issue", ApiCalls.issue("A", "a@b.org"))
                        .code())
                .isEqualTo("api.not-found");
        assertThat(credentials(achievement)).isZero();
    }

    private long credentials(UUID achievement) {
        return jdbc.sql("select count(*) from credentials where badge_id = :badge")
                .param("badge", achievement)
                .query(Long.class)
                .single();
    }
}
