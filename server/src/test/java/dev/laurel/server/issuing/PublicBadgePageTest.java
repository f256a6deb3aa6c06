package dev.laurel.server.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A badge's achievement id is a page for people and the OB 3.0 Achievement for machines, to anyone. */
class PublicBadgePageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAchievementIdAnswersPeopleWithAPageAndMachinesWithTheAchievement() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Badge Page College");
        ApiCalls api = ApiCalls.withKey(port, keys, issuer.organizationId(), Scope.ISSUE);
        ApiCalls.Answer created = api.post("/api/v1/achievements", ApiCalls.achievement("Public <Page> Badge"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String achievementId = "http://localhost:" + port + "/badges/" + id;

        HttpResponse<String> page = get(achievementId, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Public &lt;Page&gt; Badge")
                .contains("Badge Page College")
                .doesNotContain("<Page>");

        HttpResponse<String> json = get(achievementId, "application/ld+json");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonNode achievement = new ObjectMapper().readTree(json.body());
        assertThat(achievement.path("type").toString()).contains("Achievement");
        assertThat(achievement.path("name").asText()).isEqualTo("Public <Page> Badge");
        assertThat(achievement.path("id").asText()).endsWith("/badges/" + id);

        assertThat(get("http://localhost:" + port + "/badges/" + UUID.randomUUID(), "text/html")
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
