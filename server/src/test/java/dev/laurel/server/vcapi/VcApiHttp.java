package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
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
import java.util.EnumSet;
import java.util.UUID;

/** A VC-API client over real HTTP for the feature tests: JSON in, status and JSON out. */
final class VcApiHttp {

    /** What the server answered; {@code json} is null when the body is not JSON. */
    record Answer(int status, String contentType, String body, JsonNode json) {

        JsonNode get(String field) {
            return json == null ? NullNode.instance : json.path(field);
        }
    }

    private final String origin;
    private final HttpClient http = HttpClient.newHttpClient();

    VcApiHttp(int port) {
        this.origin = "http://localhost:" + port;
    }

    /** A new key of the organization with {@code scopes}; its secret. */
    static String key(ApiKeys keys, UUID organizationId, Scope... scopes) {
        EnumSet<Scope> set = EnumSet.noneOf(Scope.class);
        set.addAll(java.util.List.of(scopes));
        return keys.create(organizationId, "test " + set, set, new Actor.Operator())
                .secret();
    }

    Answer post(String path, String authorization, JsonNode body) {
        return post(path, authorization, "application/json", body == null ? "" : Json.write(body));
    }

    Answer post(String path, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, authorization);
    }

    Answer get(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET(), authorization);
    }

    /** A form POST, as the token endpoint takes it. */
    Answer form(String path, String authorization, String form) {
        return post(path, authorization, "application/x-www-form-urlencoded", form);
    }

    private Answer send(HttpRequest.Builder request, String authorization) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            try {
                json = response.body().isBlank() ? null : Json.parse(response.body());
            } catch (RuntimeException notJson) {
                // left null
            }
            return new Answer(response.statusCode(), contentType, response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object(String json) {
        return (ObjectNode) Json.parse(json);
    }

    /** {@code {"credential": …, "options": …}} for a plain VC 2.0 credential named {@code id}. */
    static ObjectNode issueRequest(String id, String options) {
        return object("""
                {"credential": {
                   "@context": ["https://www.w3.org/ns/credentials/v2"],
                   "id": "%s",
                   "type": ["VerifiableCredential"],
                   "validFrom": "2026-01-01T00:00:00Z",
                   "credentialSubject": {"id": "did:example:ada", "name": "Ada Lovelace"}
                 },
                 "options": %s}
                """.formatted(id, options));
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String newId() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
