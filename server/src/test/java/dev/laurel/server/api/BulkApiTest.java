package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk issuing through the API: 202 and a job to poll; bad rows as problems naming row and field; idempotency. */
class BulkApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    ApiCalls api;
    UUID achievement;

    @BeforeEach
    void organization() {
        api = ApiCalls.organization(port, jdbc, keys, "Bulk API College");
        achievement = api.createAchievement("Bulk API badge", "di");
    }

    @Test
    void issuesAJsonArrayInTheBackgroundAndReportsProgress() {
        String body = "[" + row(uniqueEmail("ada"), "Ada Lovelace", "S-1") + ","
                + row(uniqueEmail("alan"), "Alan Turing", "S-2") + "]";
        ApiCalls.Answer answer = api.send("POST", "/api/v1/achievements/" + achievement + "/bulk", body, Map.of());

        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(202);
        String location = answer.raw().headers().firstValue("Location").orElseThrow();
        JsonNode job = await(location);
        assertThat(job.get("state").asText()).isEqualTo("completed");
        assertThat(job.get("issued").asInt()).isEqualTo(2);
        assertThat(job.get("remaining").asInt()).isZero();
        assertThat(job.get("percent").asInt()).isEqualTo(100);
        assertThat(api.get("/api/v1/credentials?achievement=" + achievement)
                        .raw()
                        .body())
                .contains("Ada Lovelace")
                .contains("Alan Turing");
    }

    @Test
    void refusesRowsWithProblemsNamingRowAndFieldAndIssuesNothing() {
        String csv =
                "email,name,issued_on\nada@example.org,Ada,2026-01-01\nnot-an-address,Bob,\ncy@example.org,,soon\n";
        ApiCalls.Answer answer = api.send(
                "POST", "/api/v1/achievements/" + achievement + "/bulk", csv, Map.of("Content-Type", "text/csv"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("api.validation");
        JsonNode problem = Json.parse(answer.raw().body());
        assertThat(problem.get("detail").asText()).startsWith("2 row(s) have problems, so nothing was issued");
        assertThat(problem.get("errors").toString())
                .contains("{\"row\":3,\"field\":\"email\",\"code\":\"email.invalid\"")
                .contains("{\"row\":4,\"field\":\"name\",\"code\":\"name.missing\"")
                .contains("{\"row\":4,\"field\":\"issued_on\",\"code\":\"date.invalid\"");
        assertThat(credentials()).isZero();

        ApiCalls.Answer valid = api.send(
                "POST",
                "/api/v1/achievements/" + achievement + "/bulk?skipInvalid=true",
                csv,
                Map.of("Content-Type", "text/csv"));
        assertThat(valid.status()).isEqualTo(202);
        JsonNode job = await(valid.raw().headers().firstValue("Location").orElseThrow());
        assertThat(job.get("issued").asInt()).isEqualTo(1);
        assertThat(job.get("invalid").asInt()).isEqualTo(2);
        JsonNode problems =
                Json.parse(api.get(job.get("problems").asText()).raw().body());
        assertThat(problems.get("total").asInt()).isEqualTo(3);
        assertThat(problems.at("/items/0/row").asInt()).isEqualTo(3);
    }

    @Test
    void refusesAMalformedBodyWithAProblemNotA500() {
        ApiCalls.Answer json =
                api.send("POST", "/api/v1/achievements/" + achievement + "/bulk", "[{\"recipient\":", Map.of());
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.raw().body()).contains("not valid JSON");

        ApiCalls.Answer notArray = api.send("POST", "/api/v1/achievements/" + achievement + "/bulk", "{}", Map.of());
        assertThat(notArray.status()).isEqualTo(400);
        assertThat(notArray.raw().body()).contains("must be a JSON array");
        assertThat(credentials()).isZero();
    }

    @Test
    void anIdempotencyKeyReturnsTheFirstJob() {
        String body = "[" + row(uniqueEmail("grace"), "Grace Hopper", null) + "]";
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        ApiCalls.Answer first = api.send("POST", "/api/v1/achievements/" + achievement + "/bulk", body, key);
        ApiCalls.Answer again = api.send("POST", "/api/v1/achievements/" + achievement + "/bulk", body, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(Json.parse(again.raw().body()).get("id").asText())
                .isEqualTo(Json.parse(first.raw().body()).get("id").asText());
        await(first.raw().headers().firstValue("Location").orElseThrow());
        assertThat(credentials()).isEqualTo(1);

        String other = "[" + row(uniqueEmail("other"), "Someone Else", null) + "]";
        ApiCalls.Answer mismatch = api.send("POST", "/api/v1/achievements/" + achievement + "/bulk", other, key);
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.code()).isEqualTo("api.idempotency-mismatch");
    }

    private JsonNode await(String location) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        JsonNode job = Json.parse(api.get(location).raw().body());
        while (!job.get("state").asText().equals("completed") && System.nanoTime() < deadline) {
            sleep();
            job = Json.parse(api.get(location).raw().body());
        }
        return job;
    }

    private long credentials() {
        return jdbc.sql("select count(*) from credentials where badge_id = :badge")
                .param("badge", achievement)
                .query(Long.class)
                .single();
    }

    private static String row(String email, String name, String externalId) {
        return "{\"recipient\": {\"email\": \"" + email + "\", \"name\": \"" + name + "\"}"
                + (externalId == null ? "" : ", \"externalId\": \"" + externalId + "\"") + "}";
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
