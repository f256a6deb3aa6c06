package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real HTTP calls to the hooks API, as an LMS and an integration make them. */
final class HookCalls {

    /** An answer: its status and body (parsed when it is JSON). */
    record Answer(int status, HttpResponse<String> raw) {

        JsonNode json() {
            return Json.parse(raw.body());
        }

        String code() {
            return json().path("code").asText();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String key;
    private final UUID organizationId;

    private HookCalls(int port, String key, UUID organizationId) {
        this.port = port;
        this.key = key;
        this.organizationId = organizationId;
    }

    /** A client with a new key of {@code organizationId} holding {@code scopes}. */
    static HookCalls withKey(int port, ApiKeys keys, UUID organizationId, Scope... scopes) {
        EnumSet<Scope> held = EnumSet.noneOf(Scope.class);
        held.addAll(List.of(scopes));
        return new HookCalls(
                port, keys.create(organizationId, "test", held, null).secret(), organizationId);
    }

    /** An organization of its own, with an admin key. */
    static HookCalls organization(int port, JdbcClient jdbc, ApiKeys keys, String name) {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, name);
        return withKey(port, keys, issuer.organizationId(), Scope.ADMIN);
    }

    UUID organizationId() {
        return organizationId;
    }

    HookCalls without() {
        return new HookCalls(port, null, organizationId);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String body) {
        return send("POST", path, body);
    }

    Answer post(String path, JsonNode body) {
        return send("POST", path, Json.write(body));
    }

    Answer put(String path, JsonNode body) {
        return send("PUT", path, Json.write(body));
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    Answer send(String method, String path, String body) {
        return send(method, path, body, Map.of());
    }

    Answer send(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates an achievement through the management API; its id. */
    UUID createAchievement(String name) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("name", name);
        body.put("description", "Recognizes " + name.toLowerCase() + ".");
        body.putObject("criteria").put("narrative", "Complete the course.");
        body.put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(Images.png(128, 128)));
        body.put("format", "di");
        Answer created = post("/api/v1/achievements", body);
        if (created.status() != 201) {
            throw new AssertionError("achievement not created: " + created);
        }
        return UUID.fromString(created.json().get("id").asText());
    }

    /** Creates a mapping; its id. */
    UUID createMapping(JsonNode mapping) {
        Answer created = post("/api/v1/hook-mappings", mapping);
        if (created.status() != 201) {
            throw new AssertionError("mapping not created: " + created);
        }
        return UUID.fromString(created.json().get("id").asText());
    }

    /**
     * A mapping for Moodle's course completions: the id at {@code /objectid}, the learner at {@code /user}, the
     * course's URL as evidence, the Unix time it happened, only for {@code \core\event\course_completed}.
     */
    static ObjectNode moodleMapping(UUID achievement) {
        ObjectNode mapping = Json.MAPPER.createObjectNode();
        mapping.put("name", "Moodle: Workplace safety");
        mapping.put("achievementId", achievement.toString());
        mapping.putObject("pointers")
                .put("eventId", "/objectid")
                .put("recipientEmail", "/user/email")
                .put("recipientName", "/user/fullname")
                .put("evidence", "/course/url")
                .put("issuedOn", "/timecreated");
        mapping.putObject("condition").put("pointer", "/eventname").put("equals", "\\core\\event\\course_completed");
        return mapping;
    }

    /** Moodle's course-completed event for a learner, as a webhook plugin sends it. */
    static ObjectNode moodleEvent(long completionId, String email, String name) {
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.put("eventname", "\\core\\event\\course_completed");
        event.put("component", "core");
        event.put("objecttable", "course_completions");
        event.put("objectid", completionId);
        event.put("courseid", 7);
        event.put("timecreated", 1_782_828_300L);
        event.putObject("user").put("id", 42).put("email", email).put("fullname", name);
        event.putObject("course")
                .put("fullname", "Workplace safety")
                .put("url", "https://moodle.example.edu/course/view.php?id=7");
        return event;
    }
}
