package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every pathways endpoint, its scope, its shapes and the steps' seven forms. */
class PathwayApiDocsTest extends ServerTest {

    @Test
    void documentsEveryPathwayEndpointAndTheStepsForms() {
        Browser anyone = new Browser(port);
        HttpResponse<byte[]> answer = anyone.raw(HttpRequest.newBuilder(anyone.uri("/v3/api-docs")));
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode openApi = Json.parse(new String(answer.body(), StandardCharsets.UTF_8));
        JsonNode paths = openApi.get("paths");
        for (PathwayAuthorizationTest.Endpoint endpoint : PathwayAuthorizationTest.ENDPOINTS) {
            String path = endpoint.template();
            String name = endpoint.method() + " " + path;
            JsonNode operation = paths.path(path).path(endpoint.method().toLowerCase(Locale.ROOT));
            assertThat(operation.isMissingNode()).as(name).isFalse();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("description").asText())
                    .as(name)
                    .startsWith("Scope: " + endpoint.scope().key() + ".");
            assertThat(operation.path("security").toString()).as(name).contains("bearer");
            for (String status : new String[] {"401", "403", "429"}) {
                assertThat(operation.path("responses").has(status))
                        .as(name + " " + status)
                        .isTrue();
            }
            String success = endpoint.method().equals("DELETE")
                    ? "204"
                    : endpoint.method().equals("POST") && path.equals("/api/v1/pathways") ? "201" : "200";
            JsonNode response = operation.path("responses").path(success);
            assertThat(response.isMissingNode()).as(name + " " + success).isFalse();
            if (!success.equals("204")) {
                assertThat(response.at("/content/application~1json/schema/$ref").asText())
                        .as(name + " response schema")
                        .startsWith("#/components/schemas/");
            }
            if (endpoint.path().contains("{pathway}")) {
                assertThat(operation.at("/responses/404/$ref").asText())
                        .as(name)
                        .isEqualTo("#/components/responses/PathwayNotFound");
            }
            if (endpoint.method().matches("POST|PUT") && !path.endsWith("publish")) {
                assertThat(operation
                                .at("/requestBody/content/application~1json/schema/$ref")
                                .asText())
                        .as(name + " request schema")
                        .startsWith("#/components/schemas/");
            }
        }
        JsonNode create = paths.at("/~1api~1v1~1pathways/post");
        assertThat(create.at("/requestBody/content/application~1json/examples/contract/value")
                        .toString())
                .contains("atLeast")
                .contains("externalAchievement");
        assertThat(create.at("/responses/400/$ref").asText()).isEqualTo("#/components/responses/PathwayInvalid");
        assertThat(paths.at("/~1api~1v1~1pathways~1{id}/delete/responses/409/$ref")
                        .asText())
                .isEqualTo("#/components/responses/PathwayInUse");

        JsonNode schemas = openApi.at("/components/schemas");
        assertThat(schemas.at("/PathwayRequest/properties/steps/$ref").asText())
                .isEqualTo("#/components/schemas/PathwaySteps");
        assertThat(schemas.at("/PathwaySteps/oneOf")).hasSize(3);
        assertThat(schemas.at("/PathwayStep/oneOf"))
                .extracting(ref -> ref.get("$ref").asText().replace("#/components/schemas/", ""))
                .containsExactly(
                        "PathwayAchievement",
                        "PathwayExternalAchievement",
                        "PathwayIssuerAchievement",
                        "PathwaySkill",
                        "PathwayAll",
                        "PathwayAny",
                        "PathwayAtLeast");
        assertThat(schemas.at("/PathwayAtLeast/required").toString())
                .contains("atLeast")
                .contains("of");
        assertThat(schemas.at("/PathwayAll/properties/all/items/$ref").asText())
                .isEqualTo("#/components/schemas/PathwayStep");
        assertThat(schemas.at("/PathwayIssuerAchievement/required").toString())
                .contains("issuer")
                .contains("name");
        assertThat(schemas.at("/PathwayProgress/properties").fieldNames())
                .toIterable()
                .containsExactly("completed", "goalCredential", "steps");
        assertThat(schemas.at("/Pathway/properties/url").isMissingNode()).isFalse();
        assertThat(schemas.at("/Pathway/properties/steps").toString())
                .isEqualTo("{\"$ref\":\"#/components/schemas/PathwaySteps\"}");
    }
}
