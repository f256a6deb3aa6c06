package dev.laurel.server.apikeys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The machine APIs' errors are for their clients: driving the error paths of {@code /api/v1}, the hooks endpoint and
 * {@code /vc-api} — malformed JSON, wrong types, unknown fields, too large bodies, wrong content types, unknown ids,
 * bad enum values — every answer is an error whose body names no Java class, package or exception.
 */
class ErrorsNameNoInternalsTest extends ServerTest {

    private static final List<String> INTERNALS =
            List.of("dev.laurel", "java.", "com.fasterxml", "tools.jackson", "org.springframework", "Exception");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private record Call(String method, String path, String body, Map<String, String> headers) {

        Call(String method, String path, String body) {
            this(method, path, body, Map.of());
        }
    }

    @Test
    void noMachineErrorNamesLaurelsInternals() {
        ApiCalls admin = ApiCalls.organization(port, jdbc, keys, "Internals Kept");
        UUID achievement = admin.createAchievement("Leak-proof");
        UUID mapping = admin.createMapping(mapping(achievement));
        String pathway = admin.post(
                        "/api/v1/pathways",
                        Json.parse("{\"name\": \"Sealed\", \"goal\": \"" + achievement + "\", \"steps\": {\"all\": "
                                + "[{\"achievement\": \"" + achievement + "\"}]}}"))
                .json()
                .get("id")
                .asText();
        UUID organization = admin.organizationId();
        String unknown = UUID.randomUUID().toString();
        String huge = "{\"name\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}";

        List<Call> calls = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/achievements",
                "/api/v1/achievements/" + achievement,
                "/api/v1/achievements/" + achievement + "/issue",
                "/api/v1/achievements/" + achievement + "/bulk",
                "/api/v1/credentials/" + unknown + "/revoke",
                "/api/v1/api-keys",
                "/api/v1/webhooks",
                "/api/v1/hook-mappings",
                "/api/v1/hooks/" + mapping,
                "/api/v1/pathways",
                "/api/v1/pathways/" + pathway,
                "/api/v1/pathways/" + pathway + "/enrollments",
                "/vc-api/" + organization + "/credentials/issue",
                "/vc-api/" + organization + "/credentials/status",
                "/vc-api/credentials/verify",
                "/vc-api/presentations/verify")) {
            String method =
                    path.equals("/api/v1/achievements/" + achievement) || path.equals("/api/v1/pathways/" + pathway)
                            ? "PUT"
                            : "POST";
            calls.add(new Call(method, path, "{\"name\": "));
            calls.add(new Call(method, path, "[1, 2]"));
            calls.add(new Call(method, path, "\"text\""));
            calls.add(new Call(method, path, "42"));
            calls.add(new Call(method, path, "{\"name\": {\"deep\": []}, \"recipient\": 7, \"url\": false}"));
            calls.add(new Call(method, path, "{\"surprise\": true}"));
            calls.add(new Call(method, path, "{\"credential\": 5, \"options\": {\"nope\": 1}}"));
            calls.add(new Call(method, path, "{\"events\": [\"no.such.event\"], \"scopes\": [\"root\"]}"));
            calls.add(new Call(method, path, "<xml/>", Map.of("Content-Type", "application/xml")));
            calls.add(new Call(method, path, huge));
        }
        calls.add(new Call("GET", "/api/v1/achievements/not-an-id", null));
        calls.add(new Call("GET", "/api/v1/achievements/" + unknown, null));
        calls.add(new Call("GET", "/api/v1/achievements", null, Map.of("Accept", "application/xml")));
        calls.add(new Call("GET", "/api/v1/credentials?limit=many", null));
        calls.add(new Call("GET", "/api/v1/credentials?status=lost", null));
        calls.add(new Call("GET", "/api/v1/credentials?cursor=%00%01", null));
        calls.add(new Call("GET", "/api/v1/credentials?issuedAfter=yesterday", null));
        calls.add(new Call("GET", "/api/v1/credentials/" + unknown, null));
        calls.add(new Call("GET", "/api/v1/bulk-jobs/" + unknown + "/problems?after=first", null));
        calls.add(new Call("GET", "/api/v1/webhooks/not-an-id/deliveries?before=yesterday", null));
        calls.add(new Call("GET", "/api/v1/hook-mappings/not-an-id", null));
        calls.add(new Call("GET", "/api/v1/pathways/not-an-id", null));
        calls.add(new Call("GET", "/api/v1/pathways?limit=many", null));
        calls.add(new Call("GET", "/api/v1/pathways?cursor=%00%01", null));
        calls.add(new Call("GET", "/api/v1/pathways/" + pathway + "/progress", null));
        calls.add(new Call("GET", "/api/v1/pathways/" + pathway + "/progress?recipient=%00", null));
        calls.add(new Call("GET", "/api/v1/pathways/" + pathway + "/earners?limit=-1&cursor=x", null));
        calls.add(new Call("GET", "/api/v1/pathways", null, Map.of("Accept", "application/xml")));
        calls.add(new Call("DELETE", "/api/v1/me", null));
        calls.add(new Call("GET", "/api/v1/nowhere", null));
        calls.add(new Call("GET", "/vc-api/" + organization + "/credentials/" + unknown, null));
        calls.add(new Call("GET", "/vc-api/not-an-organization/credentials/x", null));
        calls.add(new Call("GET", "/vc-api/nowhere", null));

        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls) {
            ApiCalls.Answer answer = admin.send(call.method(), call.path(), call.body(), call.headers());
            String what = call.method() + " " + call.path() + " " + abbreviated(call.body()) + " " + call.headers();
            softly.assertThat(answer.status()).as(what).isBetween(400, 499);
            for (String internal : INTERNALS) {
                softly.assertThat(answer.raw().body()).as(what).doesNotContain(internal);
            }
        }
        softly.assertAll();
    }

    /** A hook mapping that issues on every event carrying an id and an address. */
    private static ObjectNode mapping(UUID achievement) {
        ObjectNode mapping = Json.MAPPER.createObjectNode();
        mapping.put("name", "Every completion");
        mapping.put("achievementId", achievement.toString());
        mapping.putObject("pointers").put("eventId", "/id").put("recipientEmail", "/email");
        return mapping;
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 80 ? String.valueOf(body) : body.substring(0, 80) + "…";
    }
}
