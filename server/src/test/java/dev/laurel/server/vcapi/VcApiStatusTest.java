package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static dev.laurel.server.vcapi.VcApiHttp.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /vc-api/ORG/credentials/status}: revocation and suspension, seen at once by verification. */
class VcApiStatusTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private VcApiHttp api;
    private UUID organization;
    private String key;

    @BeforeEach
    void organization() {
        api = new VcApiHttp(port);
        organization = Scenario.issuer(port, jdbc, "Status Institute").organizationId();
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.REVOKE));
    }

    @Test
    void revokesACredentialSoThatVerificationSaysRevokedAndRefusesToUndoIt() {
        String id = newId();
        JsonNode credential = issue(id, "{}");
        JsonNode entry = credential.get("credentialStatus").get(0);
        assertThat(verify(credential).status()).isEqualTo(200);

        VcApiHttp.Answer revoked = status(update(id, entry, true));
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.get("credentialId").asText()).isEqualTo(id);
        assertThat(revoked.get("credentialStatus")).isEqualTo(entry);
        assertThat(revoked.get("status").asBoolean()).isTrue();

        VcApiHttp.Answer verified = verify(credential);
        assertThat(verified.status()).isEqualTo(400);
        assertThat(verified.get("verified").asBoolean()).isFalse();
        JsonNode problem = verified.get("problemDetails").get(0);
        assertThat(problem.get("type").asText())
                .isEqualTo("https://www.w3.org/ns/credentials/status-list#STATUS_VERIFICATION_ERROR");
        assertThat(problem.get("detail").asText()).contains("revoked by the issuer");

        VcApiHttp.Answer proofOnly = api.post(
                "/vc-api/credentials/verify",
                key,
                VcApiIssuingTest.verifyRequest(credential, "{\"checks\": [\"proof\"]}"));
        assertThat(proofOnly.status()).as("the status is not asked for").isEqualTo(200);
        VcApiHttp.Answer unknownCheck = api.post(
                "/vc-api/credentials/verify",
                key,
                VcApiIssuingTest.verifyRequest(credential, "{\"checks\": [\"vibes\"]}"));
        assertThat(unknownCheck.status()).isEqualTo(400);
        assertThat(unknownCheck.get("detail").asText()).contains("\"vibes\"");

        assertThat(status(update(id, entry, true)).status()).isEqualTo(200);
        VcApiHttp.Answer undo = status(update(id, entry, false));
        assertThat(undo.status()).isEqualTo(400);
        assertThat(undo.get("detail").asText()).contains("revocation cannot be undone");

        // the audit log records the issue and the one change, naming the key; the repeated revoke changed nothing
        assertThat(jdbc.sql("select action from audit_log where organization_id = :organization and subject = :id"
                                + " and details ->> 'apiKey' is not null order by id")
                        .param("organization", organization)
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("vc-api.credential.issued", "vc-api.credential.status-set");
    }

    @Test
    void suspendsAndReinstatesACredential() {
        String id = newId();
        JsonNode credential = issue(id, "{}");
        ObjectNode suspension = object("{\"type\": \"BitstringStatusListEntry\", \"statusPurpose\": \"suspension\"}");

        assertThat(status(update(id, suspension, true)).status()).isEqualTo(200);
        VcApiHttp.Answer suspended = verify(credential);
        assertThat(suspended.status()).isEqualTo(400);
        assertThat(suspended.get("problemDetails").get(0).get("detail").asText())
                .contains("suspended by the issuer");

        VcApiHttp.Answer lifted = status(update(id, suspension, false));
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(lifted.get("status").asBoolean()).isFalse();
        assertThat(verify(credential).status()).isEqualTo(200);
    }

    @Test
    void refusesWhatTheCredentialDoesNotHaveAndWhatIsMalformed() {
        String id = newId();
        JsonNode credential = issue(id, "{\"statusPurpose\": \"revocation\"}");
        assertThat(credential.get("credentialStatus").isObject()).isTrue();
        ObjectNode entry = credential.get("credentialStatus").deepCopy();

        VcApiHttp.Answer noSuspension = status(update(
                id, object("{\"type\": \"BitstringStatusListEntry\", \"statusPurpose\": \"suspension\"}"), true));
        assertThat(noSuspension.status()).isEqualTo(400);
        assertThat(noSuspension.get("detail").asText()).contains("no suspension status entry");

        entry.put("statusListIndex", "999999");
        VcApiHttp.Answer wrongIndex = status(update(id, entry, true));
        assertThat(wrongIndex.status()).isEqualTo(400);
        assertThat(wrongIndex.get("detail").asText()).contains("credentialStatus.statusListIndex '999999'");

        VcApiHttp.Answer unknown = status(update(
                newId(), object("{\"type\": \"BitstringStatusListEntry\", \"statusPurpose\": \"revocation\"}"), true));
        assertThat(unknown.status()).isEqualTo(404);

        for (String body : new String[] {
            "{}",
            "{\"credentialId\": \"" + id + "\", \"credentialStatus\": {\"type\": \"StatusList2021Entry\", "
                    + "\"statusPurpose\": \"revocation\"}, \"status\": true}",
            "{\"credentialId\": \"" + id + "\", \"credentialStatus\": {\"type\": \"BitstringStatusListEntry\", "
                    + "\"statusPurpose\": \"revocation\"}, \"status\": \"yes\"}",
            "{\"credentialId\": \"" + id + "\", \"credentialStatus\": {\"type\": \"BitstringStatusListEntry\", "
                    + "\"statusPurpose\": \"refresh\"}, \"status\": true}"
        }) {
            VcApiHttp.Answer refused = status(object(body));
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.get("type").asText()).startsWith("https://");
        }
        assertThat(verify(credential).status()).isEqualTo(200);
    }

    private JsonNode issue(String id, String options) {
        VcApiHttp.Answer issued =
                api.post("/vc-api/" + organization + "/credentials/issue", key, issueRequest(id, options));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.get("verifiableCredential");
    }

    private VcApiHttp.Answer status(ObjectNode body) {
        return api.post("/vc-api/" + organization + "/credentials/status", key, body);
    }

    private VcApiHttp.Answer verify(JsonNode credential) {
        return api.post("/vc-api/credentials/verify", key, VcApiIssuingTest.verifyRequest(credential, "{}"));
    }

    static ObjectNode update(String credentialId, JsonNode entry, boolean status) {
        ObjectNode body = object("{}");
        body.put("credentialId", credentialId);
        body.set("credentialStatus", entry);
        body.put("status", status);
        return body;
    }
}
