package dev.laurel.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.ApiRefusals;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.util.EnumSet;
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
 * Every endpoint of the management API — checked against the application's own mappings, so a new endpoint must be
 * listed here — refused without a key (401), with a key of the organization lacking the endpoint's scope (403
 * api.scope), and across organizations (404 api.not-found for another organization's ids; lists show only the key's
 * own organization); and nothing changes.
 */
class ApiAuthorizationTest extends ServerTest {

    private static final List<String> TABLES = List.of(
            "badges",
            "credentials",
            "status_lists",
            "api_keys",
            "api_idempotency_keys",
            "claims",
            "mail_outbox",
            "audit_log",
            "bulk_jobs",
            "bulk_issued",
            "renewal_requests",
            "applications",
            "application_reviews");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** An endpoint, its scope, and a body that would succeed. */
    record Endpoint(String method, String path, Scope scope, String body) {

        String fill(Victim victim) {
            return path.replace("{achievement}", victim.achievement().toString())
                    .replace("{unused}", victim.unusedAchievement().toString())
                    .replace("{credential}", victim.credential().toString())
                    .replace("{key}", victim.key().toString())
                    .replace("{job}", victim.job().toString())
                    .replace("{request}", victim.request().toString())
                    .replace("{application}", victim.application().toString());
        }

        boolean names() {
            return path.contains("{");
        }
    }

    record Victim(
            UUID organization,
            UUID achievement,
            UUID unusedAchievement,
            UUID credential,
            UUID key,
            String email,
            UUID job,
            UUID request,
            UUID application) {}

    private static final String ACHIEVEMENT = Json.write(ApiCalls.achievement("Hijacked"));
    private static final String ISSUE = Json.write(ApiCalls.issue("Mallory", "mallory@example.org"));
    private static final String REASON = "{\"reason\": \"hijack\"}";
    private static final String KEY = "{\"name\": \"backdoor\", \"scopes\": [\"admin\"]}";
    private static final String DECIDE = "{\"decision\": \"decline\", \"comment\": \"hijack\"}";
    private static final String BULK = "[{\"recipient\": {\"email\": \"mallory@example.org\", \"name\": \"Mallory\"}}]";

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/achievements", Scope.READ, null),
            new Endpoint("POST", "/api/v1/achievements", Scope.ISSUE, ACHIEVEMENT),
            new Endpoint("GET", "/api/v1/achievements/{achievement}", Scope.READ, null),
            new Endpoint("PUT", "/api/v1/achievements/{achievement}", Scope.ISSUE, ACHIEVEMENT),
            new Endpoint("DELETE", "/api/v1/achievements/{unused}", Scope.ISSUE, null),
            new Endpoint("POST", "/api/v1/achievements/{achievement}/issue", Scope.ISSUE, ISSUE),
            new Endpoint("POST", "/api/v1/achievements/{achievement}/bulk", Scope.ISSUE, BULK),
            new Endpoint("GET", "/api/v1/bulk-jobs/{job}", Scope.READ, null),
            new Endpoint("GET", "/api/v1/bulk-jobs/{job}/problems", Scope.READ, null),
            new Endpoint("POST", "/api/v1/bulk-jobs/{job}/cancel", Scope.ISSUE, null),
            new Endpoint("GET", "/api/v1/credentials", Scope.READ, null),
            new Endpoint("GET", "/api/v1/credentials/export.csv", Scope.READ, null),
            new Endpoint("GET", "/api/v1/credentials/{credential}", Scope.READ, null),
            new Endpoint("POST", "/api/v1/credentials/{credential}/revoke", Scope.REVOKE, REASON),
            new Endpoint("POST", "/api/v1/credentials/{credential}/suspend", Scope.REVOKE, REASON),
            new Endpoint("POST", "/api/v1/credentials/{credential}/reinstate", Scope.REVOKE, REASON),
            new Endpoint("POST", "/api/v1/credentials/{credential}/renew", Scope.ISSUE, null),
            new Endpoint("POST", "/api/v1/credentials/{credential}/resend", Scope.ISSUE, null),
            new Endpoint("GET", "/api/v1/recipients", Scope.READ, null),
            new Endpoint("GET", "/api/v1/renewal-requests", Scope.READ, null),
            new Endpoint("GET", "/api/v1/renewal-requests/{request}/evidence", Scope.READ, null),
            new Endpoint("POST", "/api/v1/renewal-requests/{request}/approve", Scope.ISSUE, null),
            new Endpoint("POST", "/api/v1/renewal-requests/{request}/decline", Scope.ISSUE, REASON),
            new Endpoint("GET", "/api/v1/applications", Scope.READ, null),
            new Endpoint("GET", "/api/v1/applications/{application}", Scope.READ, null),
            new Endpoint("POST", "/api/v1/applications/{application}/decide", Scope.ISSUE, DECIDE),
            new Endpoint("GET", "/api/v1/api-keys", Scope.ADMIN, null),
            new Endpoint("POST", "/api/v1/api-keys", Scope.ADMIN, KEY),
            new Endpoint("DELETE", "/api/v1/api-keys/{key}", Scope.ADMIN, null));

    @Test
    void listsEveryEndpointOfTheApi() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(ApiRefusals.shape(e.method(), e.path())));
        assertThat(listed).isEqualTo(ApiRefusals.mapped(mappings, ApiProblems.class, "/"));
    }

    @Test
    void refusesWithoutAKeyWithoutTheScopeAndAcrossOrganizationsChangingNothing() {
        ApiCalls victimAdmin = ApiCalls.organization(port, jdbc, keys, "Victim University");
        Victim victim = seed(victimAdmin);
        ApiCalls attacker = ApiCalls.organization(port, jdbc, keys, "Attacker College");
        ApiCalls anonymous = victimAdmin.without();
        Map<Scope, ApiCalls> lackingKeys = ApiRefusals.lacking(port, keys, victim.organization());

        Map<String, Long> before = ApiRefusals.counts(jdbc, TABLES);
        String snapshot = snapshot(victim.organization());
        for (Endpoint endpoint : ENDPOINTS) {
            ApiRefusals.refused(
                    endpoint.method(),
                    endpoint.fill(victim),
                    endpoint.body(),
                    endpoint.scope(),
                    anonymous,
                    lackingKeys,
                    endpoint.names() ? attacker : null,
                    "Protected");
        }
        assertThat(ApiRefusals.counts(jdbc, TABLES)).isEqualTo(before);
        assertThat(snapshot(victim.organization())).isEqualTo(snapshot);

        String victimIds = victim.achievement() + "|" + victim.credential() + "|" + victim.key() + "|"
                + victim.request() + "|" + victim.application();
        for (String list : List.of(
                "/api/v1/achievements",
                "/api/v1/credentials",
                "/api/v1/credentials?achievement=" + victim.achievement(),
                "/api/v1/credentials?q=earner",
                "/api/v1/credentials/export.csv",
                "/api/v1/credentials/export.csv?achievement=" + victim.achievement(),
                "/api/v1/recipients",
                "/api/v1/recipients?email=" + victim.email(),
                "/api/v1/renewal-requests",
                "/api/v1/applications",
                "/api/v1/api-keys")) {
            ApiCalls.Answer answer = attacker.get(list);
            assertThat(answer.status()).as(list).isEqualTo(200);
            assertThat(answer.raw().body())
                    .as(list)
                    .doesNotContainPattern(victimIds)
                    .doesNotContain(victim.email());
        }
    }

    private Victim seed(ApiCalls admin) {
        UUID achievement = admin.createAchievement("Protected", "di");
        UUID unused = admin.createAchievement("Protected spare", "di");
        String email = uniqueEmail("earner");
        UUID credential = admin.issue(achievement, "Earner", email);
        UUID key = keys.create(admin.organizationId(), "Protected key", EnumSet.of(Scope.READ), new Actor.Operator())
                .key()
                .id();
        ApiCalls.Answer bulk = admin.send(
                "POST",
                "/api/v1/achievements/" + achievement + "/bulk?dryRun=true",
                "email,name\n" + uniqueEmail("cohort") + ",Cohort Member\n",
                Map.of("Content-Type", "text/csv"));
        assertThat(bulk.status()).as(bulk.raw().body()).isEqualTo(202);
        UUID job = UUID.fromString(Json.parse(bulk.raw().body()).get("id").asText());
        UUID request = UUID.randomUUID();
        jdbc.sql(
                        "insert into renewal_requests (id, organization_id, credential_id, rule, evidence_name, evidence_type, "
                                + "evidence_file, requested_at) values (:id, :org, :credential, 'manual', 'proof.pdf', "
                                + "'application/pdf', :file, now())")
                .param("id", request)
                .param("org", admin.organizationId())
                .param("credential", credential)
                .param("file", "%PDF-1.4 proof".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .update();
        UUID application = UUID.randomUUID();
        jdbc.sql("insert into applications (id, organization_id, badge_id, earner_name, earner_email, state, "
                        + "created_at, submitted_at) values (:id, :org, :badge, 'Earner', :email, 'submitted', now(), "
                        + "now())")
                .param("id", application)
                .param("org", admin.organizationId())
                .param("badge", achievement)
                .param("email", email)
                .update();
        jdbc.sql("insert into application_submissions (application_id, version, statement, submitted_at) "
                        + "values (:id, 1, 'My evidence', now())")
                .param("id", application)
                .update();
        return new Victim(
                admin.organizationId(), achievement, unused, credential, key, email, job, request, application);
    }

    private String snapshot(UUID organization) {
        return jdbc.sql("""
                        select concat_ws('|',
                            (select string_agg(name || description || coalesce(criteria_url, '') || proof_format, ','
                                order by id) from badges where organization_id = :org),
                            (select string_agg(state || coalesce(state_reason, ''), ',' order by id) from credentials
                                where organization_id = :org),
                            (select string_agg(name || coalesce(revoked_at::text, ''), ',' order by id) from api_keys
                                where organization_id = :org),
                            (select string_agg(encoded_list, ',' order by id) from status_lists
                                where organization_id = :org),
                            (select string_agg(state, ',' order by id) from bulk_jobs where organization_id = :org),
                            (select string_agg(status || coalesce(reason, ''), ',' order by id) from renewal_requests
                                where organization_id = :org),
                            (select string_agg(state || version || coalesce(reason, ''), ',' order by id)
                                from applications where organization_id = :org))
                        """).param("org", organization).query(String.class).single();
    }
}
