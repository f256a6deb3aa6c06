package dev.laurel.server.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code /api/v1/hook-mappings}: mappings made, read, replaced, deleted, checked, previewed; their events listed. */
class HookMappingsApiTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void createsReadsListsReplacesAndDeletesAMapping() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Mapping University");
        UUID achievement = admin.createAchievement("Mapped");
        UUID other = admin.createAchievement("Remapped");

        ApiCalls.Answer created = admin.post("/api/v1/hook-mappings", Moodle.mapping(achievement));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode mapping = created.json();
        String id = mapping.get("id").asText();
        assertThat(created.header("Location")).endsWith("/api/v1/hook-mappings/" + id);
        assertThat(mapping.get("hookUrl").asText()).isEqualTo("http://localhost:" + PORT + "/api/v1/hooks/" + id);
        assertThat(mapping.get("achievementId").asText()).isEqualTo(achievement.toString());
        assertThat(mapping.at("/pointers/eventId").asText()).isEqualTo("/objectid");
        assertThat(mapping.at("/pointers/narrative").isNull()).isTrue();
        assertThat(mapping.at("/condition/equals").asText()).isEqualTo("\\core\\event\\course_completed");
        assertThat(mapping.get("format").isNull()).isTrue();
        assertThat(mapping.get("enabled").asBoolean()).isTrue();

        assertThat(admin.get("/api/v1/hook-mappings/" + id).json()).isEqualTo(mapping);
        JsonNode list = admin.get("/api/v1/hook-mappings").json();
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.at("/items/0/id").asText()).isEqualTo(id);

        ObjectNode replacement = Moodle.mapping(other);
        replacement.put("name", "Renamed");
        replacement.remove("condition");
        replacement.put("format", "jwt");
        replacement.put("enabled", false);
        ApiCalls.Answer replaced = admin.put("/api/v1/hook-mappings/" + id, replacement);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(replaced.json().get("achievementId").asText()).isEqualTo(other.toString());
        assertThat(replaced.json().get("condition").isNull()).isTrue();
        assertThat(replaced.json().get("format").asText()).isEqualTo("jwt");
        assertThat(replaced.json().get("enabled").asBoolean()).isFalse();
        assertThat(replaced.json().get("createdAt")).isEqualTo(mapping.get("createdAt"));
        assertThat(admin.get("/api/v1/hook-mappings/" + id).json()).isEqualTo(replaced.json());

        assertThat(admin.delete("/api/v1/hook-mappings/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/hook-mappings/" + id).code()).isEqualTo("api.not-found");
        assertThat(admin.delete("/api/v1/hook-mappings/" + id).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/hooks/" + id, Moodle.event(1, "a@example.org", "A"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/hook-mappings").json().get("items")).isEmpty();
    }

    @Test
    void namesEveryWrongFieldAndCreatesNothing() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Validating College");
        ApiCalls stranger = ApiCalls.organization(port, jdbc, keys, "Other College");
        UUID foreign = stranger.createAchievement("Not yours");

        ObjectNode wrong = Json.MAPPER.createObjectNode();
        wrong.put("name", " ");
        wrong.put("achievementId", foreign.toString());
        wrong.putObject("pointers")
                .put("eventId", "id")
                .put("recipientName", "/user/~2name")
                .put("issuedOn", "/x".repeat(300));
        wrong.putObject("condition").put("pointer", "/eventname");
        wrong.put("format", "pdf");
        ApiCalls.Answer refused = admin.post("/api/v1/hook-mappings", wrong);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("api.validation");
        assertThat(fields(refused))
                .containsExactlyInAnyOrder(
                        "name",
                        "achievementId",
                        "pointers.eventId",
                        "pointers.recipientEmail",
                        "pointers.recipientName",
                        "pointers.issuedOn",
                        "condition.equals",
                        "format");
        assertThat(message(refused, "pointers.eventId")).contains("starting with /");
        assertThat(message(refused, "pointers.recipientName")).contains("~0");

        ObjectNode notAnId = Moodle.mapping(UUID.randomUUID());
        notAnId.put("achievementId", "badge-7");
        assertThat(fields(admin.post("/api/v1/hook-mappings", notAnId))).containsExactly("achievementId");
        assertThat(admin.post("/api/v1/hook-mappings", "{\"name\": ").code()).isEqualTo("api.malformed-json");
        assertThat(fields(admin.post("/api/v1/hook-mappings", "{\"enabled\": \"sometimes\"}")))
                .containsExactly("enabled");
        assertThat(admin.post("/api/v1/hook-mappings", "").code()).isEqualTo("api.malformed-json");
        assertThat(count(admin.organizationId())).isZero();
    }

    @Test
    void refusesTheFiftyFirstMapping() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Prolific Academy");
        UUID achievement = admin.createAchievement("Many");
        for (int i = 0; i < Hooks.MAX_MAPPINGS; i++) {
            admin.createMapping(Moodle.mapping(achievement).put("name", "Mapping " + i));
        }
        ApiCalls.Answer refused = admin.post("/api/v1/hook-mappings", Moodle.mapping(achievement));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("hook.too-many-mappings");
        assertThat(count(admin.organizationId())).isEqualTo(Hooks.MAX_MAPPINGS);
    }

    @Test
    void previewsAnEventIssuingNothingAndListsTheEventsIssuedFor() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Previewing Institute");
        UUID achievement = admin.createAchievement("Previewed");
        UUID mapping = admin.createMapping(Moodle.mapping(achievement));
        String email = uniqueEmail("alan");
        String preview = "/api/v1/hook-mappings/" + mapping + "/preview";

        JsonNode wouldIssue =
                admin.post(preview, Moodle.event(31, email, "Alan Turing")).json();
        assertThat(wouldIssue.get("outcome").asText()).isEqualTo("issue");
        assertThat(wouldIssue.get("eventId").asText()).isEqualTo("31");
        assertThat(wouldIssue.at("/recipient/email").asText()).isEqualTo(email);
        assertThat(wouldIssue.at("/recipient/name").asText()).isEqualTo("Alan Turing");
        assertThat(wouldIssue.get("conditionMet").asBoolean()).isTrue();
        assertThat(wouldIssue.get("issuedOn").asText()).isEqualTo("2026-06-30");
        assertThat(wouldIssue.get("problems")).isEmpty();
        assertThat(credentials(achievement)).isZero();

        ObjectNode bad = Moodle.event(32, "nobody", "Nobody");
        JsonNode wouldRefuse = admin.post(preview, bad).json();
        assertThat(wouldRefuse.get("outcome").asText()).isEqualTo("refuse");
        assertThat(wouldRefuse.at("/problems/0/code").asText()).isEqualTo("hook.email-invalid");
        bad.put("eventname", "\\core\\event\\course_viewed");
        JsonNode wouldIgnore = admin.post(preview, bad).json();
        assertThat(wouldIgnore.get("outcome").asText()).isEqualTo("ignore");
        assertThat(wouldIgnore.get("conditionMet").asBoolean()).isFalse();
        assertThat(admin.post(preview, "not json").code()).isEqualTo("api.malformed-json");

        ApiCalls.Answer issued = admin.post("/api/v1/hooks/" + mapping, Moodle.event(31, email, "Alan Turing"));
        JsonNode wouldReplay =
                admin.post(preview, Moodle.event(31, email, "Alan Turing")).json();
        assertThat(wouldReplay.get("outcome").asText()).isEqualTo("replay");
        assertThat(wouldReplay.get("earlierCredentialId"))
                .isEqualTo(issued.json().get("id"));

        admin.post("/api/v1/hooks/" + mapping, Moodle.event(33, uniqueEmail("b"), "B"));
        JsonNode events =
                admin.get("/api/v1/hook-mappings/" + mapping + "/events").json();
        assertThat(events.get("items")).hasSize(2);
        assertThat(events.at("/items/0/eventId").asText()).isEqualTo("33");
        JsonNode first = events.at("/items/1");
        assertThat(first.get("eventId").asText()).isEqualTo("31");
        assertThat(first.get("credentialId")).isEqualTo(issued.json().get("id"));
        assertThat(first.get("url")).isEqualTo(issued.json().get("url"));
        assertThat(first.at("/recipient/email").asText()).isEqualTo(email);
        assertThat(admin.get("/api/v1/hook-mappings/" + mapping + "/events?limit=1")
                        .json()
                        .get("items"))
                .hasSize(1);
        assertThat(credentials(achievement)).isEqualTo(2);
    }

    @Test
    void documentsEveryHookEndpointWithExamples() {
        Browser anyone = new Browser(port);
        HttpResponse<byte[]> answer = anyone.raw(HttpRequest.newBuilder(anyone.uri("/v3/api-docs")));
        JsonNode paths =
                Json.parse(new String(answer.body(), StandardCharsets.UTF_8)).get("paths");
        for (HookAuthorizationTest.Endpoint endpoint : HookAuthorizationTest.ENDPOINTS) {
            String path = endpoint.path().replace("{mapping}", "{id}");
            if (path.startsWith("/api/v1/hooks/")) {
                path = "/api/v1/hooks/{mappingId}";
            }
            JsonNode operation = paths.path(path).path(endpoint.method().toLowerCase(java.util.Locale.ROOT));
            String name = endpoint.method() + " " + path;
            assertThat(operation.isMissingNode()).as(name).isFalse();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("description").asText())
                    .as(name)
                    .contains("Scope: " + endpoint.scope().key());
            assertThat(operation.path("security").toString()).as(name).contains("bearer");
            assertThat(operation.path("responses").has("401")).as(name).isTrue();
            assertThat(operation.path("responses").has("403")).as(name).isTrue();
        }
        JsonNode receive = paths.at("/~1api~1v1~1hooks~1{mappingId}/post");
        assertThat(receive.at("/requestBody/content/application~1json/examples/moodle/value")
                        .toString())
                .contains("course_completed");
        assertThat(receive.at("/requestBody/content/application~1json/examples/hr/value")
                        .toString())
                .contains("HR-2026-00042");
        assertThat(receive.path("responses").has("422")).isTrue();
        assertThat(receive.path("responses").toString()).contains("hook.pointer-missing");
    }

    private long count(UUID organization) {
        return jdbc.sql("select count(*) from hook_mappings where organization_id = :org")
                .param("org", organization)
                .query(Long.class)
                .single();
    }

    private long credentials(UUID achievement) {
        return jdbc.sql("select count(*) from credentials where badge_id = :id")
                .param("id", achievement)
                .query(Long.class)
                .single();
    }

    private static List<String> fields(ApiCalls.Answer answer) {
        assertThat(answer.code()).as(answer.toString()).isEqualTo("api.validation");
        List<String> fields = new ArrayList<>();
        answer.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static String message(ApiCalls.Answer answer, String field) {
        for (JsonNode error : answer.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + ": " + answer);
    }
}
