package dev.laurel.server.endorsements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ApiRefusals;
import dev.laurel.server.Browser;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the endorsements API — checked against the application's own mappings, so a new endpoint must be
 * listed here — refused without a key (401), with a key lacking the endpoint's scope (403 api.scope), and, for an
 * endorsement between two other organizations, from a third (404 endorsement.not-found; its list shows none of
 * theirs); and nothing changes.
 */
class EndorsementAuthorizationTest extends ServerTest {

    private static final List<String> TABLES =
            List.of("endorsements", "organization_endorsements", "endorsement_status_lists", "audit_log");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String path, Scope scope, boolean names) {

        String fill(UUID endorsement, UUID achievement) {
            return path.replace("{endorsement}", endorsement.toString())
                    .replace("{achievement}", achievement.toString());
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/endorsements", Scope.READ, false),
            new Endpoint("POST", "/api/v1/endorsements", Scope.ISSUE, false),
            new Endpoint("POST", "/api/v1/endorsements/{endorsement}/accept", Scope.ISSUE, true),
            new Endpoint("POST", "/api/v1/endorsements/{endorsement}/decline", Scope.ISSUE, true),
            new Endpoint("POST", "/api/v1/endorsements/{endorsement}/revoke", Scope.REVOKE, true),
            new Endpoint("GET", "/api/v1/achievements/{achievement}/endorsements", Scope.READ, false));

    @Test
    void listsEveryApiEndpointOfTheModule() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(ApiRefusals.shape(e.method(), e.path())));
        assertThat(listed).isEqualTo(ApiRefusals.mapped(mappings, Endorsements.class, "/api/"));
    }

    @Test
    void documentsEveryEndpointWithASummaryAndTheBearerScheme() {
        JsonNode paths =
                Json.parse(new Browser(port).get("/v3/api-docs").body()).get("paths");
        for (Endpoint endpoint : ENDPOINTS) {
            String path = endpoint.path().replace("{endorsement}", "{id}").replace("{achievement}", "{id}");
            JsonNode operation = paths.path(path).path(endpoint.method().toLowerCase(Locale.ROOT));
            String name = endpoint.method() + " " + path;
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("security").toString()).as(name).contains("bearer");
            assertThat(operation.path("responses").has("401")).as(name).isTrue();
        }
        assertThat(paths.at("/~1api~1v1~1endorsements/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .endsWith("/EndorsementRequest");
    }

    @Test
    void refusesWithoutAKeyWithoutTheScopeAndAcrossOrganizationsChangingNothing() {
        ApiCalls victim = ApiCalls.organization(port, jdbc, keys, "Victim University");
        ApiCalls endorser = ApiCalls.organization(port, jdbc, keys, "Friendly Association");
        UUID badge = victim.createAchievement("Protected Badge");
        String achievement = "http://localhost:" + port + "/badges/" + badge;
        ApiCalls.Answer created = endorser.post(
                "/api/v1/endorsements", "{\"achievement\": \"" + achievement + "\", \"comment\": \"Protected\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID endorsement = UUID.fromString(created.json().get("id").asText());
        ApiCalls attacker = ApiCalls.organization(port, jdbc, keys, "Attacker College");
        UUID decoy = attacker.createAchievement("Decoy");
        String body = "{\"achievement\": \"http://localhost:" + port + "/badges/" + decoy + "\"}";
        ApiCalls anonymous = victim.without();
        Map<Scope, ApiCalls> lacking = ApiRefusals.lacking(port, keys, victim.organizationId());

        Map<String, Long> before = ApiRefusals.counts(jdbc, TABLES);
        String snapshot = snapshot(endorsement);
        for (Endpoint endpoint : ENDPOINTS) {
            String path = endpoint.fill(endorsement, badge);
            String sent = endpoint.method().equals("POST") && !endpoint.names() ? body : "";
            ApiRefusals.refused(
                    endpoint.method(),
                    path,
                    sent,
                    endpoint.scope(),
                    anonymous,
                    lacking,
                    endpoint.names() ? attacker : null,
                    "endorsement.not-found",
                    "Protected");
        }
        assertThat(ApiRefusals.counts(jdbc, TABLES)).isEqualTo(before);
        assertThat(snapshot(endorsement)).isEqualTo(snapshot);

        ApiCalls.Answer list = attacker.get("/api/v1/endorsements");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().body()).doesNotContain(endorsement.toString()).doesNotContain("Protected");
    }

    private String snapshot(UUID endorsement) {
        return jdbc.sql("""
                        select concat_ws('|', o.state, o.decided_at, e.withdrawn_at, e.credential_json)
                        from organization_endorsements o join endorsements e on e.id = o.endorsement_id
                        where o.endorsement_id = :id
                        """).param("id", endorsement).query(String.class).single();
    }
}
