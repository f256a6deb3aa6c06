package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Images;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AchievementsApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void createsReadsListsReplacesAndDeletesAnAchievement() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Achieving University");
        ApiCalls.Answer created = api.post("/api/v1/achievements", ApiCalls.achievement("Teamwork"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/v1/achievements/" + id);

        JsonNode read = api.get("/api/v1/achievements/" + id).json();
        assertThat(read.get("name").asText()).isEqualTo("Teamwork");
        assertThat(read.get("criteria").get("narrative").asText()).isEqualTo("Complete the course.");
        assertThat(read.get("image").asText()).isEqualTo("http://localhost:" + PORT + "/badges/" + id + "/image");
        assertThat(read.get("imageType").asText()).isEqualTo("image/png");
        assertThat(read.get("alignments").get(0).get("code").asText()).isEqualTo("S1.8");
        assertThat(read.get("creditsAvailable").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(read.get("validityMonths").asInt()).isEqualTo(24);
        assertThat(read.get("format").asText()).isEqualTo("di");
        assertThat(new dev.laurel.server.Browser(port)
                        .get("/badges/" + id + "/image")
                        .status())
                .isEqualTo(200);

        ObjectNode replacement = ApiCalls.achievement("Teamwork II");
        replacement.remove("image");
        replacement.put("format", "jwt");
        replacement.putObject("criteria").put("url", "https://example.edu/criteria");
        ApiCalls.Answer replaced = api.put("/api/v1/achievements/" + id, replacement);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("Teamwork II");
        assertThat(replaced.json().get("format").asText()).isEqualTo("jwt");
        assertThat(replaced.json().get("criteria").get("narrative").isNull()).isTrue();
        assertThat(replaced.json().get("imageType").asText()).isEqualTo("image/png");

        ObjectNode svg = ApiCalls.achievement("Zebra");
        svg.put("image", ApiCalls.dataUri("image/svg+xml", Images.svg(120, 120)));
        assertThat(api.post("/api/v1/achievements", svg).status()).isEqualTo(201);
        JsonNode list = api.get("/api/v1/achievements").json().get("items");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("name").asText()).isEqualTo("Teamwork II");
        assertThat(list.get(1).get("imageType").asText()).isEqualTo("image/svg+xml");

        assertThat(api.delete("/api/v1/achievements/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/achievements/" + id).code()).isEqualTo("api.not-found");
        assertThat(jdbc.sql("select action from audit_log where organization_id = :org order by id")
                        .param("org", api.organizationId())
                        .query(String.class)
                        .list())
                .containsSubsequence("badge.created", "badge.updated", "badge.created", "badge.deleted");
        assertThat(jdbc.sql("select count(*) from audit_log where organization_id = :org and action like 'badge.%' "
                                + "and actor_account_id is null and details->>'apiKey' is not null")
                        .param("org", api.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void refusesToDeleteAnAchievementThatWasIssued() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Keeping College");
        UUID id = api.createAchievement("Kept", "di");
        api.issue(id, "Ada Lovelace", uniqueEmail("ada"));
        ApiCalls.Answer refused = api.delete("/api/v1/achievements/" + id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("api.conflict");
        assertThat(api.get("/api/v1/achievements/" + id).status()).isEqualTo(200);
    }

    @Test
    void namesEveryInvalidFieldAndCreatesNothing() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Strict Institute");
        ObjectNode body = ApiCalls.achievement("Bad");
        body.put("name", " ");
        body.putObject("criteria");
        body.put("achievementType", "Trophy");
        body.put("validityMonths", 0);
        body.put("format", "pdf");
        body.putArray("tags").add("ok").add("");
        body.withArray("alignments").addObject().put("name", "No URL");
        ApiCalls.Answer refused = api.post("/api/v1/achievements", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("api.validation");
        assertThat(fields(refused))
                .contains(
                        "name",
                        "criteria",
                        "achievementType",
                        "validityMonths",
                        "format",
                        "tags[1]",
                        "alignments[1].url");
        refused.json()
                .get("errors")
                .forEach(error -> assertThat(error.get("message").asText()).isNotBlank());

        ObjectNode noImage = ApiCalls.achievement("No image");
        noImage.remove("image");
        assertThat(fields(api.post("/api/v1/achievements", noImage))).containsExactly("image");

        ObjectNode wrongType = ApiCalls.achievement("Typed");
        wrongType.put("validityMonths", "twelve");
        ApiCalls.Answer typed = api.post("/api/v1/achievements", wrongType);
        assertThat(typed.code()).isEqualTo("api.validation");
        assertThat(fields(typed)).containsExactly("validityMonths");

        assertThat(count(api)).isZero();
    }

    @Test
    void checksTheImageAsTheWebFormDoes() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Image School");
        assertThat(imageError(api, "https://example.org/badge.png")).contains("data: URI");
        assertThat(imageError(api, "data:image/png;base64,@@@")).contains("base64");
        assertThat(imageError(api, ApiCalls.dataUri("image/png", Images.png(200, 100))))
                .contains("must be square; this one is 200 × 100");
        assertThat(imageError(api, ApiCalls.dataUri("image/png", Images.png(40, 40))))
                .contains("at least 90 × 90 pixels");
        assertThat(imageError(api, ApiCalls.dataUri("image/png", Images.gif(120, 120))))
                .contains("Badge images must be PNG or SVG");
        byte[] big = new byte[2 * 1024 * 1024 + 10];
        System.arraycopy(Images.png(128, 128), 0, big, 0, Images.png(128, 128).length);
        assertThat(imageError(api, ApiCalls.dataUri("image/png", big))).contains("2 MB");
        assertThat(count(api)).isZero();
    }

    @Test
    void answersMalformedJsonWrongMediaTypeAndUnknownIdsWithProblems() {
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Careful College");
        ApiCalls.Answer malformed = api.post("/api/v1/achievements", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("api.malformed-json");
        assertThat(api.post("/api/v1/achievements", "[1, 2]").code()).isEqualTo("api.malformed-json");
        ApiCalls.Answer text =
                api.send("POST", "/api/v1/achievements", "name=x", java.util.Map.of("Content-Type", "text/plain"));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.code()).isEqualTo("api.unsupported-media-type");
        assertThat(api.get("/api/v1/achievements/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        ApiCalls.Answer notAnId = api.get("/api/v1/achievements/not-an-id");
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.code()).isEqualTo("api.not-found");
        assertThat(api.put("/api/v1/achievements/" + UUID.randomUUID(), ApiCalls.achievement("X"))
                        .code())
                .isEqualTo("api.not-found");
        assertThat(api.delete("/api/v1/achievements/" + UUID.randomUUID()).code())
                .isEqualTo("api.not-found");
    }

    private String imageError(ApiCalls api, String image) {
        ObjectNode body = ApiCalls.achievement("Imaged");
        body.put("image", image);
        ApiCalls.Answer refused = api.post("/api/v1/achievements", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("image");
        return refused.json().get("errors").get(0).get("message").asText();
    }

    private long count(ApiCalls api) {
        return jdbc.sql("select count(*) from badges where organization_id = :org")
                .param("org", api.organizationId())
                .query(Long.class)
                .single();
    }

    static List<String> fields(ApiCalls.Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json()
                .path("errors")
                .forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
