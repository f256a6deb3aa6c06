package dev.laurel.server.hooks;

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
 * Every API endpoint of the hooks module — checked against the application's own mappings, so a new endpoint must be
 * listed here — refused without a key (401), with a key of the organization lacking the endpoint's scope (403
 * api.scope), and across organizations (404 api.not-found for another organization's mapping; the list shows only the
 * key's own); and nothing changes.
 */
class HookAuthorizationTest extends ServerTest {

    private static final List<String> TABLES = List.of(
            "hook_mappings",
            "hook_events",
            "hook_receipts",
            "badges",
            "credentials",
            "status_lists",
            "claims",
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

        String fill(UUID mapping) {
            return path.replace("{mapping}", mapping.toString());
        }

        boolean names() {
            return path.contains("{");
        }
    }

    /** What to send, given the victim's achievement. */
    interface Body {
        String of(UUID achievement);
    }

    private static final Body NONE = achievement -> null;
    private static final Body MAPPING = achievement -> Json.write(Moodle.mapping(achievement));
    private static final Body EVENT = achievement -> Json.write(Moodle.event(666, "mallory@example.org", "M"));

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/hook-mappings", Scope.ADMIN, NONE),
            new Endpoint("POST", "/api/v1/hook-mappings", Scope.ADMIN, MAPPING),
            new Endpoint("GET", "/api/v1/hook-mappings/{mapping}", Scope.ADMIN, NONE),
            new Endpoint("PUT", "/api/v1/hook-mappings/{mapping}", Scope.ADMIN, MAPPING),
            new Endpoint("DELETE", "/api/v1/hook-mappings/{mapping}", Scope.ADMIN, NONE),
            new Endpoint("GET", "/api/v1/hook-mappings/{mapping}/events", Scope.ADMIN, NONE),
            new Endpoint("POST", "/api/v1/hook-mappings/{mapping}/preview", Scope.ADMIN, EVENT),
            new Endpoint("POST", "/api/v1/hooks/{mapping}", Scope.ISSUE, EVENT));

    @Test
    void listsEveryApiEndpointOfTheModule() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(ApiRefusals.shape(e.method(), e.path())));
        assertThat(listed).isEqualTo(ApiRefusals.mapped(mappings, Hooks.class, "/api/"));
    }

    @Test
    void refusesWithoutAKeyWithoutTheScopeAndAcrossOrganizationsChangingNothing() {
        ApiCalls victim = ApiCalls.organization(port, jdbc, keys, "Victim University");
        UUID achievement = victim.createAchievement("Protected");
        UUID mapping = victim.createMapping(Moodle.mapping(achievement));
        assertThat(victim.post("/api/v1/hooks/" + mapping, Moodle.event(1, uniqueEmail("earner"), "Earner"))
                        .status())
                .isEqualTo(201);
        ApiCalls attacker = ApiCalls.organization(port, jdbc, keys, "Attacker College");
        attacker.createMapping(Moodle.mapping(attacker.createAchievement("Decoy")));
        ApiCalls anonymous = victim.without();
        Map<Scope, ApiCalls> lacking = ApiRefusals.lacking(port, keys, victim.organizationId());

        Map<String, Long> before = ApiRefusals.counts(jdbc, TABLES);
        String snapshot = snapshot(mapping);
        for (Endpoint endpoint : ENDPOINTS) {
            ApiRefusals.refused(
                    endpoint.method(),
                    endpoint.fill(mapping),
                    endpoint.body().of(achievement),
                    endpoint.scope(),
                    anonymous,
                    lacking,
                    endpoint.names() ? attacker : null,
                    "Moodle");
        }
        assertThat(ApiRefusals.counts(jdbc, TABLES)).isEqualTo(before);
        assertThat(snapshot(mapping)).isEqualTo(snapshot);

        ApiCalls.Answer list = attacker.get("/api/v1/hook-mappings");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.raw().body()).doesNotContain(mapping.toString()).doesNotContain(achievement.toString());
    }

    private String snapshot(UUID mapping) {
        return jdbc.sql("""
                        select concat_ws('|', m.name, m.achievement_id, m.event_id_pointer, m.email_pointer,
                            m.condition_value, m.enabled, m.updated_at,
                            (select string_agg(external_event_id || credential_id, ',') from hook_events e
                             where e.mapping_id = m.id))
                        from hook_mappings m where m.id = :id
                        """).param("id", mapping).query(String.class).single();
    }
}
