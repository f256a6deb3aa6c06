package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiDocsTest extends ServerTest {

    @Test
    void documentsEveryEndpointWithASummarySchemasAndTheBearerScheme() {
        Browser anyone = new Browser(port);
        HttpResponse<byte[]> answer = anyone.raw(HttpRequest.newBuilder(anyone.uri("/v3/api-docs")));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode openApi = Json.parse(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target/api-docs.json"), answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(openApi.get("openapi").asText()).startsWith("3.1");
        assertThat(openApi.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
        JsonNode paths = openApi.get("paths");
        for (ApiAuthorizationTest.Endpoint endpoint : ApiAuthorizationTest.ENDPOINTS) {
            String path = endpoint.path()
                    .replace("{achievement}", "{id}")
                    .replace("{unused}", "{id}")
                    .replace("{credential}", "{id}")
                    .replace("{key}", "{id}")
                    .replace("{job}", "{id}")
                    .replace("{request}", "{id}")
                    .replace("{application}", "{id}");
            JsonNode operation = paths.path(path).path(endpoint.method().toLowerCase(Locale.ROOT));
            String name = endpoint.method() + " " + path;
            assertThat(operation.isMissingNode()).as(name).isFalse();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("security").toString()).as(name).contains("bearer");
            JsonNode success = operation
                    .path("responses")
                    .path(
                            endpoint.method().equals("DELETE")
                                    ? "204"
                                    : endpoint.path().endsWith("/bulk")
                                            ? "202"
                                            : endpoint.path().equals("/api/v1/achievements")
                                                                    && endpoint.method()
                                                                            .equals("POST")
                                                            || endpoint.path().endsWith("/issue")
                                                            || endpoint.path().endsWith("/renew")
                                                            || endpoint.path().equals("/api/v1/api-keys")
                                                                    && endpoint.method()
                                                                            .equals("POST")
                                                    ? "201"
                                                    : "200");
            assertThat(success.isMissingNode()).as(name + " success response").isFalse();
            if (endpoint.path().endsWith(".csv")) {
                assertThat(success.at("/content/text~1csv").isMissingNode())
                        .as(name + " CSV response")
                        .isFalse();
            } else if (!endpoint.method().equals("DELETE") && !endpoint.path().endsWith("/evidence")) {
                assertThat(success.at("/content/application~1json/schema/$ref").asText())
                        .as(name + " response schema")
                        .startsWith("#/components/schemas/");
            }
            assertThat(operation.path("responses").has("401")).as(name).isTrue();
            assertThat(operation.path("responses").has("403")).as(name).isTrue();
            assertThat(operation.path("responses").has("429")).as(name).isTrue();
            if (endpoint.body() != null) {
                assertThat(operation
                                .at("/requestBody/content/application~1json/schema/$ref")
                                .asText())
                        .as(name)
                        .startsWith("#/components/schemas/");
            }
        }
        assertThat(paths.path("/api/v1/me").path("get").path("summary").asText())
                .isNotBlank();
        JsonNode schemas = openApi.at("/components/schemas");
        assertThat(schemas.at("/AchievementRequest/properties/name/example").asText())
                .isEqualTo("Teamwork");
        assertThat(schemas.at("/IssueRequest/properties/recipient").isMissingNode())
                .isFalse();
        assertThat(schemas.has("Credential")).isTrue();
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(openApi.at("/components/responses/Invalid/content/application~1problem+json/examples")
                        .has("api.validation"))
                .isTrue();
        assertThat(paths.fieldNames())
                .toIterable()
                .allMatch(path -> path.startsWith("/api/") || path.startsWith("/vc-api/"));

        // the VC-API: each operation summarised, with its bodies' examples, answered as VCALM's application/json
        for (String[] operation : new String[][] {
            {"post", "/vc-api/{organizationId}/credentials/issue", "201"},
            {"get", "/vc-api/{organizationId}/credentials/{credentialId}", "200"},
            {"post", "/vc-api/{organizationId}/credentials/status", "200"},
            {"post", "/vc-api/credentials/verify", "200"},
            {"post", "/vc-api/presentations/verify", "200"}
        }) {
            JsonNode documented = paths.path(operation[1]).path(operation[0]);
            String name = operation[0] + " " + operation[1];
            assertThat(documented.path("summary").asText()).as(name).contains("VCALM");
            assertThat(documented.path("security").toString()).as(name).contains("bearer");
            JsonNode success = documented.at("/responses/" + operation[2] + "/content/application~1json");
            assertThat(success.has("example") || success.has("examples"))
                    .as(name + " success example")
                    .isTrue();
            assertThat(documented.path("responses").has("401")).as(name).isTrue();
            assertThat(documented.path("responses").has("403")).as(name).isTrue();
            if (operation[0].equals("post")) {
                JsonNode request = documented.at("/requestBody/content/application~1json");
                assertThat(request.has("example") || request.has("examples"))
                        .as(name + " request example")
                        .isTrue();
            }
        }
    }

    @Test
    void servesSwaggerUiWithARelaxedStylePolicyOnlyThere() {
        Browser anyone = new Browser(port);
        HttpResponse<byte[]> ui = anyone.raw(HttpRequest.newBuilder(anyone.uri("/swagger-ui/index.html")));
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(new String(ui.body())).contains("swagger-ui");
        String csp = ui.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("style-src 'self' 'unsafe-inline'").contains("script-src 'self';");
        HttpResponse<byte[]> initializer =
                anyone.raw(HttpRequest.newBuilder(anyone.uri("/swagger-ui/swagger-initializer.js")));
        assertThat(initializer.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> config = anyone.raw(HttpRequest.newBuilder(anyone.uri("/v3/api-docs/swagger-config")));
        assertThat(config.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> home = anyone.raw(HttpRequest.newBuilder(anyone.uri("/")));
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("unsafe-inline");
    }
}
