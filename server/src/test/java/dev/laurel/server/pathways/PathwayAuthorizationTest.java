package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ApiRefusals;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.util.List;
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
 * Every API endpoint of the pathways module — checked against the application's own mappings, so a new endpoint must
 * be listed here — refused without a key (401), with a key of the organization lacking the endpoint's scope (403
 * api.scope), and across organizations (404 pathway.not-found for another organization's pathway; the list shows only
 * the key's own); and nothing changes.
 */
class PathwayAuthorizationTest extends ServerTest {

    private static final List<String> TABLES = List.of(
            "pathways",
            "pathway_requirements",
            "pathway_earners",
            "pathway_awards",
            "badges",
            "credentials",
            "mail_outbox",
            "audit_log");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An endpoint, its scope, and a body that would succeed. */
    record Endpoint(String method, String path, Scope scope, Body body) {

        String fill(UUID pathway, String email) {
            return path.replace("{pathway}", pathway.toString()).replace("{email}", email);
        }

        boolean names() {
            return path.contains("{pathway}");
        }

        /** The path as the mapping and the OpenAPI document write it. */
        String template() {
            return path.replace("{pathway}", "{id}").replaceAll("\\?.*", "");
        }
    }

    /** What to send, given the victim's badges. */
    interface Body {
        String of(PathwaysApiTest.Badges badges);
    }

    private static final Body NONE = badges -> null;
    private static final Body PATHWAY = badges -> Json.write(badges.contract("Hijacked"));
    private static final Body COHORT = badges -> "{\"recipients\": [\"mallory@example.org\"]}";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/pathways", Scope.READ, NONE),
            new Endpoint("POST", "/api/v1/pathways", Scope.ISSUE, PATHWAY),
            new Endpoint("GET", "/api/v1/pathways/{pathway}", Scope.READ, NONE),
            new Endpoint("PUT", "/api/v1/pathways/{pathway}", Scope.ISSUE, PATHWAY),
            new Endpoint("DELETE", "/api/v1/pathways/{pathway}", Scope.ISSUE, NONE),
            new Endpoint("POST", "/api/v1/pathways/{pathway}/publish", Scope.ISSUE, NONE),
            new Endpoint("POST", "/api/v1/pathways/{pathway}/unpublish", Scope.ISSUE, NONE),
            new Endpoint("GET", "/api/v1/pathways/{pathway}/progress?recipient={email}", Scope.READ, NONE),
            new Endpoint("POST", "/api/v1/pathways/{pathway}/enrollments", Scope.ISSUE, COHORT),
            new Endpoint("GET", "/api/v1/pathways/{pathway}/earners", Scope.READ, NONE));

    @Test
    void listsEveryApiEndpointOfTheModule() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(ApiRefusals.shape(e.method(), e.template())));
        assertThat(listed).isEqualTo(ApiRefusals.mapped(mappings, Pathways.class, "/api/"));
    }

    @Test
    void refusesWithoutAKeyWithoutTheScopeAndAcrossOrganizationsChangingNothing() {
        ApiCalls victim = ApiCalls.organization(port, jdbc, keys, "Victim University");
        PathwaysApiTest.Badges badges = PathwaysApiTest.Badges.of(victim);
        String email = uniqueEmail("earner");
        victim.issue(badges.first(), "Earner", email);
        ApiCalls.Answer created = victim.post("/api/v1/pathways", badges.contract("Protected Pathway"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID pathway = UUID.fromString(created.json().get("id").asText());
        ApiCalls attacker = ApiCalls.organization(port, jdbc, keys, "Attacker College");
        PathwaysApiTest.Badges decoys = PathwaysApiTest.Badges.of(attacker);
        assertThat(attacker.post("/api/v1/pathways", decoys.contract("Decoy")).status())
                .isEqualTo(201);
        ApiCalls anonymous = victim.without();
        Map<Scope, ApiCalls> lacking = ApiRefusals.lacking(port, keys, victim.organizationId());

        Map<String, Long> before = ApiRefusals.counts(jdbc, TABLES);
        String snapshot = snapshot(pathway);
        for (Endpoint endpoint : ENDPOINTS) {
            String path = endpoint.fill(pathway, email);
            String body = endpoint.body().of(badges);
            ApiRefusals.refused(
                    endpoint.method(),
                    path,
                    body,
                    endpoint.scope(),
                    anonymous,
                    lacking,
                    endpoint.names() ? attacker : null,
                    "pathway.not-found",
                    "Protected",
                    email);
        }
        assertThat(ApiRefusals.counts(jdbc, TABLES)).isEqualTo(before);
        assertThat(snapshot(pathway)).isEqualTo(snapshot);

        ApiCalls.Answer list = attacker.get("/api/v1/pathways");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.raw().body()).doesNotContain(pathway.toString()).doesNotContain("Protected");
    }

    private String snapshot(UUID pathway) {
        return jdbc.sql("""
                        select concat_ws('|', p.name, p.description, p.goal_badge_id, p.steps::text, p.published,
                            p.require_current, p.updated_at,
                            (select string_agg(kind || value, ',' order by kind, value) from pathway_requirements r
                             where r.pathway_id = p.id),
                            (select string_agg(email, ',' order by email) from pathway_earners e
                             where e.pathway_id = p.id))
                        from pathways p where p.id = :id
                        """).param("id", pathway).query(String.class).single();
    }
}
