package dev.laurel.server.apikeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.organizations.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApiKeyAuthenticationTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void authenticatesABearerKeyAndNamesItsOrganizationAndScopes() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Keyed Institute");
        ApiKeys.Created created =
                keys.create(issuer.organizationId(), "LMS", EnumSet.of(Scope.READ, Scope.ISSUE), new Actor.Operator());
        assertThat(created.secret()).startsWith(created.key().prefix() + "_");
        assertThat(jdbc.sql("select secret_hash from api_keys where id = :id")
                        .param("id", created.key().id())
                        .query(String.class)
                        .single())
                .doesNotContain(created.secret());

        HttpResponse<String> me = get("/api/v1/me", "Bearer " + created.secret());
        assertThat(me.statusCode()).isEqualTo(200);
        var json = Json.parse(me.body());
        assertThat(json.get("organizationId").asText())
                .isEqualTo(issuer.organizationId().toString());
        assertThat(json.get("scopes").toString()).isEqualTo("[\"issue\",\"read\"]");
        assertThat(keys.find(created.key().id()).orElseThrow().lastUsedAt()).isNotNull();
    }

    @Test
    void answersUnknownPathsAndMethodsUnderApiWithProblemsAndLeavesWebErrorsAlone() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Lost Institute");
        String key = "Bearer "
                + keys.create(issuer.organizationId(), "lost", EnumSet.of(Scope.READ), new Actor.Operator())
                        .secret();

        HttpResponse<String> unknown = get("/api/v1/no-such-thing", key);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(Json.parse(unknown.body()).get("code").asText()).isEqualTo("api.not-found");

        HttpResponse<String> unknownVcApi = get("/vc-api/no-such-thing", key);
        assertThat(unknownVcApi.statusCode()).isEqualTo(404);
        assertThat(unknownVcApi.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/json");
        assertThat(Json.parse(unknownVcApi.body()).get("code").asText()).isEqualTo("api.not-found");

        HttpResponse<String> wrongMethod = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .header("Authorization", key)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow").orElseThrow()).isEqualTo("GET");
        assertThat(Json.parse(wrongMethod.body()).get("code").asText()).isEqualTo("api.method-not-allowed");

        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isIn(302, 404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem");
    }

    @Test
    void refusesMissingForgedAndRevokedKeysWithProblemJson() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Locked Institute");
        ApiKeys.Created created =
                keys.create(issuer.organizationId(), "CRM", EnumSet.of(Scope.READ), new Actor.Operator());
        String forged = created.secret().substring(0, created.secret().length() - 2) + "xx";
        keys.revoke(
                issuer.organizationId(),
                keys.create(issuer.organizationId(), "old", EnumSet.of(Scope.READ), new Actor.Operator())
                        .key()
                        .id(),
                new Actor.Operator());

        for (String authorization : new String[] {null, "Bearer " + forged, "Bearer nonsense", "Basic dXNlcjpwYXNz"}) {
            HttpResponse<String> refused = get("/api/v1/me", authorization);
            assertThat(refused.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Json.parse(refused.body()).get("code").asText()).isEqualTo("api.unauthenticated");
        }
        assertThat(keys.revoke(issuer.organizationId(), created.key().id(), new Actor.Operator()))
                .isTrue();
        assertThat(get("/api/v1/me", "Bearer " + created.secret()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
