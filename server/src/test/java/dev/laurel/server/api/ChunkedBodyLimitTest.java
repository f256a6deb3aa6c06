package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ChunkedRequest;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bodies sent without a length (chunked) are counted as they are read: past the route's limit the API answers 413
 * at once, reads no further, and keeps nothing of the request; a key that may only read is refused (403) before its
 * body is read (issue 12, item 4).
 */
class ChunkedBodyLimitTest extends ServerTest {

    private static final long MIB = 1024 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void aChunkedAchievementOverThreeMegabytesIsRefusedWith413AndNotSaved() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chunked College");
        String key = keys.create(issuer.organizationId(), "issuer", EnumSet.of(Scope.ISSUE), new Actor.Operator())
                .secret();

        ChunkedRequest.Answer answer = achievement(key, 4 * MIB);

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Json.parse(answer.body()).get("code").asText()).isEqualTo("api.payload-too-large");
        assertThat(badges(issuer.organizationId())).isZero();
    }

    @Test
    void aReadOnlyKeysHugeChunkedBodyIsRefusedWith403BeforeItIsRead() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chunked Reader College");
        String key = keys.create(issuer.organizationId(), "reader", EnumSet.of(Scope.READ), new Actor.Operator())
                .secret();

        ChunkedRequest.Answer answer = achievement(key, 40 * MIB);

        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(Json.parse(answer.body()).get("code").asText()).isEqualTo("api.scope");
        assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(12 * MIB);
        assertThat(badges(issuer.organizationId())).isZero();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsStillRead() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chunked Small College");
        String key = keys.create(issuer.organizationId(), "issuer", EnumSet.of(Scope.ISSUE), new Actor.Operator())
                .secret();
        String body = Json.write(ApiCalls.achievement("Streamed"));

        ChunkedRequest.Answer answer = ChunkedRequest.post(
                        port, "/api/v1/achievements", headers(key, "application/json"))
                .send(body, "", body.length(), "");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(badges(issuer.organizationId())).isOne();
    }

    @Test
    void aChunkedBulkDryRunOverItsLimitIsRefusedWith413AndStoresNoJobNorRow() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chunked Bulk College");
        ApiCalls api = ApiCalls.withKey(port, keys, issuer.organizationId(), Scope.ISSUE);
        UUID badge = api.createAchievement("Cohort");
        String key = keys.create(issuer.organizationId(), "bulk", EnumSet.of(Scope.ISSUE), new Actor.Operator())
                .secret();
        String row = "learner@chunked.example,Learner," + "c".repeat(4000) + "\n";

        // laurel.bulk.max-upload-size is 7 MB in the tests (64 MB by default)
        ChunkedRequest.Answer answer = ChunkedRequest.post(
                        port, "/api/v1/achievements/" + badge + "/bulk?dryRun=true", headers(key, "text/csv"))
                .send("email,name,course\n", row, 9 * MIB, "");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(Json.parse(answer.body()).get("code").asText()).isEqualTo("api.payload-too-large");
        assertThat(jdbc.sql("select count(*) from bulk_jobs where badge_id = :badge")
                        .param("badge", badge)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from bulk_rows r join bulk_jobs j on j.id = r.job_id "
                                + "where j.organization_id = :org")
                        .param("org", issuer.organizationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ChunkedRequest.Answer achievement(String key, long size) {
        return ChunkedRequest.post(port, "/api/v1/achievements", headers(key, "application/json"))
                .send("{\"name\": \"Huge\", \"description\": \"", "d".repeat(64 * 1024), size, "\"}");
    }

    private static Map<String, String> headers(String key, String contentType) {
        return Map.of("Authorization", "Bearer " + key, "Content-Type", contentType, "Accept", "application/json");
    }

    private long badges(UUID organizationId) {
        return jdbc.sql("select count(*) from badges where organization_id = :org")
                .param("org", organizationId)
                .query(Long.class)
                .single();
    }
}
