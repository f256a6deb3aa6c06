package dev.laurel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Real HTTP calls to the management API (/api/v1, hooks included), as an integration and an LMS make them. */
public final class ApiCalls {

    /** An answer: its status, headers and body (parsed when it is JSON). */
    public record Answer(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return Json.parse(raw.body());
        }

        public String code() {
            return json().path("code").asText();
        }

        public String header(String name) {
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

    /** A client with the key {@code key}, or none when null. */
    public ApiCalls(int port, String key) {
        this(port, key, null);
    }

    private ApiCalls(int port, String key, UUID organizationId) {
        this.port = port;
        this.key = key;
        this.organizationId = organizationId;
    }

    /** A client with a new key of {@code organizationId} holding {@code scopes}. */
    public static ApiCalls withKey(int port, ApiKeys keys, UUID organizationId, Scope... scopes) {
        EnumSet<Scope> held = EnumSet.noneOf(Scope.class);
        held.addAll(java.util.List.of(scopes));
        return new ApiCalls(
                port,
                keys.create(organizationId, "test", held, new Actor.Operator()).secret(),
                organizationId);
    }

    /** An organization of its own, with an admin key. */
    public static ApiCalls organization(int port, JdbcClient jdbc, ApiKeys keys, String name) {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, name);
        return withKey(port, keys, issuer.organizationId(), Scope.ADMIN);
    }

    /** The same organization's client without a key. */
    public ApiCalls without() {
        return new ApiCalls(port, null, organizationId);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String body) {
        return send("POST", path, body, Map.of());
    }

    public Answer post(String path, JsonNode body) {
        return send("POST", path, Json.write(body), Map.of());
    }

    public Answer put(String path, JsonNode body) {
        return send("PUT", path, Json.write(body), Map.of());
    }

    public Answer delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    public Answer send(String method, String path, String body) {
        return send(method, path, body, Map.of());
    }

    public Answer send(String method, String path, String body, Map<String, String> headers) {
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

    /** A valid achievement with a 128 × 128 PNG. */
    public static ObjectNode achievement(String name) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("name", name);
        body.put("description", "Recognizes " + name.toLowerCase() + ".");
        body.putObject("criteria").put("narrative", "Complete the course.");
        body.put("image", dataUri("image/png", Images.png(128, 128)));
        body.put("achievementType", "Badge");
        body.putArray("tags").add("collaboration");
        body.putArray("skills").add("Teamwork");
        body.putArray("alignments")
                .addObject()
                .put("framework", "ESCO")
                .put("code", "S1.8")
                .put("name", "Teamwork")
                .put("url", "https://esco.example/skills/teamwork");
        body.put("creditsAvailable", 1.5);
        body.put("validityMonths", 24);
        body.put("format", "di");
        return body;
    }

    public static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** Creates an achievement; its id. */
    public UUID createAchievement(String name, String format) {
        ObjectNode body = achievement(name);
        body.put("format", format);
        Answer created = post("/api/v1/achievements", body);
        if (created.status() != 201) {
            throw new AssertionError("achievement not created: " + created);
        }
        return UUID.fromString(created.json().get("id").asText());
    }

    public static ObjectNode issue(String name, String email) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putObject("recipient").put("email", email).put("name", name);
        body.put("narrative", "Led the team project.");
        body.putArray("evidence").add("https://example.edu/projects/42");
        return body;
    }

    /** Issues an achievement; the credential's id. */
    public UUID issue(UUID achievementId, String name, String email) {
        Answer issued = post("/api/v1/achievements/" + achievementId + "/issue", issue(name, email));
        if (issued.status() != 201) {
            throw new AssertionError("not issued: " + issued);
        }
        return UUID.fromString(issued.json().get("id").asText());
    }

    /** Creates an achievement issued with Data Integrity proofs; its id. */
    public UUID createAchievement(String name) {
        return createAchievement(name, "di");
    }

    /** Creates an issue-on-event mapping; its id. */
    public UUID createMapping(JsonNode mapping) {
        Answer created = post("/api/v1/hook-mappings", mapping);
        if (created.status() != 201) {
            throw new AssertionError("mapping not created: " + created);
        }
        return UUID.fromString(created.json().get("id").asText());
    }

    /** The key's organization. */
    public UUID organizationId() {
        return organizationId != null
                ? organizationId
                : UUID.fromString(get("/api/v1/me").json().get("organizationId").asText());
    }
}
