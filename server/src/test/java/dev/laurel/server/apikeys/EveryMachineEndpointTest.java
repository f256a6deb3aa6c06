package dev.laurel.server.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every machine endpoint — whatever module maps it under {@code /api/} or {@code /vc-api/} — refuses a request without
 * a key or with a forged one, before it reads its body or its ids. The feature modules test scopes and organizations
 * for their own endpoints; this test makes sure a new module cannot forget the first gate.
 */
class EveryMachineEndpointTest extends ServerTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void refusesAnonymousAndForgedRequestsOnEveryMachineEndpoint() throws Exception {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") || pattern.startsWith("/vc-api/"))
                .forEach(pattern -> info.getMethodsCondition()
                        .getMethods()
                        .forEach(method -> endpoints.add(method + " " + pattern))));
        assertThat(endpoints).as("the machine endpoints").hasSizeGreaterThan(20);

        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String authorization : new String[] {null, "Bearer lrl_forged_0000000000000000000000000000"}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString("{}"));
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode())
                        .as(endpoint + (authorization == null ? " without a key" : " with a forged key"))
                        .isEqualTo(401);
                // VCALM §Content Serialization: every VC-API answer is application/json, problems included.
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .as(endpoint)
                        .startsWith(path.startsWith("/vc-api/") ? "application/json" : "application/problem+json");
                var problem = Json.parse(answer.body());
                assertThat(problem.path("status").asInt()).as(endpoint).isEqualTo(401);
                assertThat(problem.path("title").asText()).as(endpoint).isNotBlank();
            }
        }
    }
}
