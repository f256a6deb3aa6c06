package dev.laurel.server.credentialendorsements;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The module's API endpoints — checked against the application's own mappings, so a new one must be listed here —
 * refused without a key (401), with a key lacking the scope (403), and for another organization's credential (404,
 * showing nothing of it).
 */
class CredentialEndorsementsAuthorizationTest extends ServerTest {

    /** An endpoint and its scope; {@code {credential}} stands for the victim's credential. */
    record Endpoint(String method, String path, Scope scope) {}

    static final List<Endpoint> ENDPOINTS =
            List.of(new Endpoint("GET", "/api/v1/credentials/{credential}/endorsements", Scope.READ));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void listsEveryApiEndpointOfTheModule() {
        Set<String> listed = new TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(ApiRefusals.shape(e.method(), e.path().replace("{credential}", "{id}"))));
        assertThat(listed).isEqualTo(ApiRefusals.mapped(mappings, ReceivedEndorsements.class, "/api/"));
    }

    @Test
    void refusesWithoutAKeyWithoutTheScopeAndAcrossOrganizations() {
        ApiCalls victim = ApiCalls.organization(port, jdbc, keys, "Victim University");
        UUID credential = victim.issue(victim.createAchievement("Protected", "di"), "Earner", uniqueEmail("earner"));
        ApiCalls attacker = ApiCalls.organization(port, jdbc, keys, "Attacker College");
        Map<Scope, ApiCalls> lacking = ApiRefusals.lacking(port, keys, victim.organizationId());
        for (Endpoint endpoint : ENDPOINTS) {
            ApiRefusals.refused(
                    endpoint.method(),
                    endpoint.path().replace("{credential}", credential.toString()),
                    null,
                    endpoint.scope(),
                    victim.without(),
                    lacking,
                    attacker,
                    "Protected");
        }
        assertThat(victim.get("/api/v1/credentials/" + credential + "/endorsements")
                        .status())
                .isEqualTo(200);
    }
}
