package dev.laurel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The public port answers a load balancer's health check with a bare status and nothing of the actuator; metrics and
 * the detailed health are on the management port only.
 */
class HealthTest extends ServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    int managementPort;

    @Test
    void answersHealthOnThePublicPortWithTheStatusAlone() throws Exception {
        HttpResponse<String> health = get(port, "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void servesNoActuatorEndpointOnThePublicPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("jvm_").doesNotContain("\"status\":\"UP\"");
        }
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/metrics"}) {
            assertThat(get(port, path).statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void servesPrometheusMetricsAndHealthOnTheManagementPort() throws Exception {
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void servesTheHomePageAndRefusesTheDashboardToStrangers() throws Exception {
        HttpResponse<String> home = get(port, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Credentials people are proud to share");
        HttpResponse<String> dashboard = get(port, "/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
