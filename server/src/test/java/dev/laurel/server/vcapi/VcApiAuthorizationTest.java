package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static dev.laurel.server.vcapi.VcApiHttp.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.ApiRefusals;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call what: every VC-API endpoint — found by asking Spring, so new ones are covered — refuses a request
 * without a valid key (401), a key without the operation's scope (403), and a key of another organization on an
 * issuer instance (403), changing nothing.
 */
class VcApiAuthorizationTest extends ServerTest {

    private static final Set<String> TABLES = Set.of("supplied_credentials", "status_lists", "credentials");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void refusesEveryEndpointWithoutAValidKey() {
        VcApiHttp api = new VcApiHttp(port);
        UUID organization = Scenario.issuer(port, jdbc, "Keyless Institute").organizationId();
        String revoked = VcApiHttp.key(keys, organization, Scope.ADMIN);
        keys.revoke(organization, keys.of(organization).get(0).id(), new Actor.Operator());
        List<String> checked = new ArrayList<>();
        for (Endpoint endpoint : endpoints(organization.toString(), newId())) {
            for (String authorization :
                    new String[] {null, bearer(revoked), bearer("lrl_forged_xyz"), bearer("not.a.jwt"), "Basic eDp5"}) {
                VcApiHttp.Answer answer = endpoint.call(api, authorization);
                assertThat(answer.status()).as(endpoint + " " + authorization).isEqualTo(401);
                assertThat(answer.contentType()).startsWith("application/json");
                assertThat(answer.get("type").asText()).isEqualTo("https://laurel.dev/problems/vc-api/unauthenticated");
            }
            checked.add(endpoint.toString());
        }
        assertThat(checked).hasSize(5);
    }

    @Test
    void refusesKeysWithoutTheOperationsScopeAndLetsAnyKeyVerify() {
        VcApiHttp api = new VcApiHttp(port);
        UUID organization = Scenario.issuer(port, jdbc, "Scoped Institute").organizationId();
        String readOnly = bearer(VcApiHttp.key(keys, organization, Scope.READ));
        String issueOnly = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE));
        String id = newId();
        JsonNode credential = api.post(
                        "/vc-api/" + organization + "/credentials/issue", issueOnly, issueRequest(id, "{}"))
                .get("verifiableCredential");

        Map<String, Integer> statuses = new TreeMap<>();
        for (Endpoint endpoint : endpoints(organization.toString(), id)) {
            statuses.put(endpoint + " read", endpoint.call(api, readOnly).status());
            statuses.put(endpoint + " issue", endpoint.call(api, issueOnly).status());
        }
        assertThat(statuses)
                .containsEntry("POST /vc-api/{organizationId}/credentials/issue read", 403)
                .containsEntry("POST /vc-api/{organizationId}/credentials/issue issue", 400)
                .containsEntry("GET /vc-api/{organizationId}/credentials/{credentialId} read", 200)
                .containsEntry("GET /vc-api/{organizationId}/credentials/{credentialId} issue", 403)
                .containsEntry("POST /vc-api/{organizationId}/credentials/status read", 403)
                .containsEntry("POST /vc-api/{organizationId}/credentials/status issue", 403)
                .containsEntry("POST /vc-api/credentials/verify read", 400)
                .containsEntry("POST /vc-api/presentations/verify read", 400);
        VcApiHttp.Answer missingScope = api.post(
                "/vc-api/" + organization + "/credentials/status",
                issueOnly,
                VcApiStatusTest.update(id, credential.get("credentialStatus").get(0), true));
        assertThat(missingScope.get("detail").asText()).isEqualTo("this API key lacks the scope 'revoke'");
        VcApiHttp.Answer verified =
                api.post("/vc-api/credentials/verify", readOnly, VcApiIssuingTest.verifyRequest(credential, "{}"));
        assertThat(verified.status()).isEqualTo(200);
    }

    @Test
    void refusesEveryIssuerInstanceEndpointToAnotherOrganizationsKeyAndChangesNothing() {
        VcApiHttp api = new VcApiHttp(port);
        UUID victim = Scenario.issuer(port, jdbc, "Victim Institute").organizationId();
        String victimKey = bearer(VcApiHttp.key(keys, victim, Scope.ADMIN));
        String id = newId();
        JsonNode credential = api.post("/vc-api/" + victim + "/credentials/issue", victimKey, issueRequest(id, "{}"))
                .get("verifiableCredential");
        UUID attacker = Scenario.issuer(port, jdbc, "Attacker Institute").organizationId();
        String attackerKey = bearer(VcApiHttp.key(keys, attacker, Scope.ADMIN));
        Map<String, Long> before = ApiRefusals.counts(jdbc, TABLES);

        List<String> checked = new ArrayList<>();
        for (Endpoint endpoint : endpoints(victim.toString(), id)) {
            if (!endpoint.pattern().startsWith("/vc-api/{organizationId}")) {
                continue;
            }
            VcApiHttp.Answer answer = endpoint.call(api, attackerKey, statusBody(id, credential));
            assertThat(answer.status()).as(endpoint.toString()).isEqualTo(403);
            assertThat(answer.get("detail").asText()).contains("not for " + victim);
            checked.add(endpoint.toString());
        }
        assertThat(checked).hasSize(3);
        assertThat(ApiRefusals.counts(jdbc, TABLES)).isEqualTo(before);
        assertThat(api.post("/vc-api/credentials/verify", victimKey, VcApiIssuingTest.verifyRequest(credential, "{}"))
                        .status())
                .isEqualTo(200);
    }

    /** One VC-API endpoint, as Spring maps it. */
    record Endpoint(String method, String pattern, String path) {

        VcApiHttp.Answer call(VcApiHttp api, String authorization) {
            return call(api, authorization, object("{}"));
        }

        VcApiHttp.Answer call(VcApiHttp api, String authorization, ObjectNode body) {
            return method.equals("GET") ? api.get(path, authorization) : api.post(path, authorization, body);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints(String organization, String credentialId) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/vc-api/")) {
                    continue;
                }
                String path = pattern.replace("{organizationId}", organization)
                        .replace("{credentialId}", credentialId.replace(":", "%3A"));
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                endpoints.add(new Endpoint(methods.contains(RequestMethod.GET) ? "GET" : "POST", pattern, path));
            }
        }
        return endpoints;
    }

    private static ObjectNode statusBody(String id, JsonNode credential) {
        return VcApiStatusTest.update(id, credential.get("credentialStatus").get(0), true);
    }
}
