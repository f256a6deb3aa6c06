package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static dev.laurel.server.vcapi.VcApiHttp.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A credential given to {@code /credentials/issue} whose URLs — what verifiers and wallets follow or show: criteria,
 * image, evidence, the issuer's site — are not IRIs is refused with 400 in the VC-API's shape, naming the property,
 * and nothing is signed (issue 12, item 10).
 */
class VcApiIriTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private VcApiHttp api;
    private String path;
    private String key;

    @BeforeEach
    void instance() {
        api = new VcApiHttp(port);
        var organization = Scenario.issuer(port, jdbc, "VC-API IRI Institute").organizationId();
        path = "/vc-api/" + organization + "/credentials/issue";
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.READ));
    }

    @Test
    void aWellFormedOpenBadgeIsIssued() {
        VcApiHttp.Answer issued = api.post(
                path,
                key,
                badge(
                        "https://crit.example/teamwork",
                        "https://img.example/b.png",
                        "https://ev.example/project",
                        "https://issuer.example"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    }

    @Test
    void refusesEachUrlThatIsNotAnIriNamingTheProperty() {
        assertRefused(
                badge(
                        "https://crit.example/\"><x>",
                        "https://img.example/b.png",
                        "https://ev.example/p",
                        "https://i.example"),
                "credential.credentialSubject.achievement.criteria.id");
        assertRefused(
                badge("https://crit.example/t", "https://img.example/{a}", "https://ev.example/p", "https://i.example"),
                "credential.credentialSubject.achievement.image.id");
        assertRefused(
                badge(
                        "https://crit.example/t",
                        "https://img.example/b.png",
                        "https://ev.example/a b",
                        "https://i.example"),
                "credential.evidence[0].id");
        assertRefused(
                badge(
                        "https://crit.example/t",
                        "https://img.example/b.png",
                        "https://ev.example/p",
                        "https://i.example/|^"),
                "credential.issuer.url");
        assertRefused(
                badge(
                        "https://crit.example/`",
                        "https://img.example/b.png",
                        "https://ev.example/p",
                        "https://i.example"),
                "credential.credentialSubject.achievement.criteria.id");
    }

    private void assertRefused(ObjectNode body, String property) {
        VcApiHttp.Answer answer = api.post(path, key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.get("title").asText()).as(answer.body()).isEqualTo("MALFORMED_VALUE_ERROR");
        assertThat(answer.get("detail").asText()).as(answer.body()).contains(property + " ");
    }

    private static ObjectNode badge(String criteria, String image, String evidence, String site) {
        return object("""
                {"credential": {
                   "@context": ["https://www.w3.org/ns/credentials/v2",
                                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                   "id": "%s",
                   "type": ["VerifiableCredential", "OpenBadgeCredential"],
                   "issuer": {"type": ["Profile"], "name": "VC-API IRI Institute", "url": %s},
                   "validFrom": "2026-01-01T00:00:00Z",
                   "name": "Teamwork",
                   "credentialSubject": {
                     "type": ["AchievementSubject"],
                     "identifier": [{"type": "IdentityObject", "hashed": false, "identityHash": "ada@example.org",
                                     "identityType": "emailAddress"}],
                     "achievement": {
                       "id": "https://example.edu/achievements/teamwork",
                       "type": ["Achievement"],
                       "name": "Teamwork",
                       "description": "Works in a team.",
                       "criteria": {"id": %s, "narrative": "Nominated by peers."},
                       "image": {"id": %s, "type": "Image"}
                     }
                   },
                   "evidence": [{"id": %s, "type": ["Evidence"]}]
                 },
                 "options": {}}
                """.formatted(newId(), quoted(site), quoted(criteria), quoted(image), quoted(evidence)));
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
