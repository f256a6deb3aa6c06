package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static dev.laurel.server.vcapi.VcApiHttp.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the VC Data Model 2.0 forbids, refused by {@code credentials/issue} with a VCALM problem naming the property,
 * and found malformed by {@code credentials/verify} (issue 13, A).
 */
class VcApiConformanceTest extends ServerTest {

    private static final String V2 = "https://www.w3.org/ns/credentials/v2";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private VcApiHttp api;
    private String issuePath;
    private String key;

    @BeforeEach
    void organization() {
        api = new VcApiHttp(port);
        UUID organization = Scenario.issuer(port, jdbc, "Conformance Institute").organizationId();
        issuePath = "/vc-api/" + organization + "/credentials/issue";
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.READ));
    }

    @Test
    void refusesTypedPropertiesWithoutAType() {
        for (String property : new String[] {"termsOfUse", "evidence", "refreshService", "credentialSchema"}) {
            assertRefused(with(property, "{}"), "credential." + property + " must have a type");
            assertRefused(
                    with(property, "[{\"type\": \"Some\"}, {\"id\": \"https://example.org/x\"}]"),
                    "credential." + property + "[1] must have a type");
        }
        assertRefused(with("credentialStatus", "{}"), "credential.credentialStatus");
        // a type the contexts define as a full IRI: the credential is signed
        VcApiHttp.Answer typed =
                api.post(issuePath, key, with("evidence", "{\"type\": \"https://example.org/Evidence\"}"));
        assertThat(typed.status()).as(typed.body()).isEqualTo(201);
    }

    @Test
    void keepsAClientsOwnStatusEntriesBeforeTheInstancesAndRefusesThemOnAnOpenBadge() {
        String own = "{\"id\": \"https://example.org/status/1#3\", \"type\": \"https://example.org/StatusEntry\"}";
        VcApiHttp.Answer issued = api.post(issuePath, key, with("credentialStatus", own));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode entries = issued.get("verifiableCredential").get("credentialStatus");
        assertThat(entries.isArray()).isTrue();
        assertThat(entries.get(0)).isEqualTo(Json.parse(own));
        assertThat(entries.size())
                .as("the client's, then revocation and suspension")
                .isEqualTo(3);
        assertThat(entries.get(1).get("type").asText()).isEqualTo("BitstringStatusListEntry");
        assertRefused(
                with(
                        "credentialStatus",
                        "{\"id\": [\"https://example.org/a\", \"https://example.org/b\"], "
                                + "\"type\": \"https://example.org/StatusEntry\"}"),
                "credential.credentialStatus.id must be one URL");

        ObjectNode badge = with("credentialStatus", own);
        ((ObjectNode) badge.get("credential"))
                .set("type", Json.parse("[\"VerifiableCredential\", \"OpenBadgeCredential\"]"));
        assertRefused(badge, "leave credential.credentialStatus out");
    }

    @Test
    void refusesANullIssuer() {
        assertRefused(with("issuer", "null"), "credential.issuer is null");
    }

    @Test
    void refusesASubjectWithoutClaims() {
        assertRefused(with("credentialSubject", "{}"), "credential.credentialSubject has no claims");
        assertRefused(
                with("credentialSubject", "[{\"name\": \"Ada\"}, {}]"),
                "credential.credentialSubject[1] has no claims");
    }

    @Test
    void refusesToIssueAndToVerifyAValidityPeriodThatEndsBeforeItStarts() {
        ObjectNode request = with("validUntil", "\"2025-12-31T00:00:00Z\"");
        assertRefused(request, "credential.validUntil 2025-12-31T00:00:00Z is earlier than credential.validFrom");

        // once both in the past, once both in the future: the inconsistency is found whatever the time
        for (String[] period : new String[][] {
            {"2020-01-02T00:00:00Z", "2020-01-01T00:00:00Z"}, {"2999-01-02T00:00:00Z", "2999-01-01T00:00:00Z"}
        }) {
            ObjectNode signed = signedByADidKey(period[0], period[1]);
            for (String options : new String[] {"{}", "{\"checks\": [\"proof\"]}"}) {
                VcApiHttp.Answer verified =
                        api.post("/vc-api/credentials/verify", key, VcApiIssuingTest.verifyRequest(signed, options));
                assertThat(verified.status()).as(verified.body()).isEqualTo(400);
                assertThat(verified.get("verified").asBoolean()).isFalse();
                assertThat(verified.get("problemDetails").findValuesAsText("type"))
                        .as(verified.body())
                        .contains("https://www.w3.org/TR/vc-data-model-2.0#MALFORMED_VALUE_ERROR");
                assertThat(verified.body()).contains("validUntil").contains("earlier than");
            }
        }
    }

    @Test
    void checksTheRelatedResourcesItCanAndKeepsTheOthers() {
        byte[] context = bundled("credentials-v2.jsonld");
        String sri = "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", context));
        String multibase = "u"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(multihashSha256(digest("SHA-256", context)));
        String wrong = "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", new byte[] {1}));
        String elsewhere = "{\"id\": \"https://example.org/logo.png\", \"digestSRI\": \"" + wrong + "\"}";

        VcApiHttp.Answer issued = api.post(
                issuePath,
                key,
                with(
                        "relatedResource",
                        "[{\"id\": \"" + V2 + "\", \"digestSRI\": \"" + sri + "\", \"digestMultibase\": \"" + multibase
                                + "\"}, " + elsewhere + "]"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.get("verifiableCredential").get("relatedResource").get(1))
                .isEqualTo(Json.parse(elsewhere));

        assertRefused(with("relatedResource", elsewhere), "credential.relatedResource must be an array");
        assertRefused(
                with("relatedResource", "[{\"digestSRI\": \"" + sri + "\"}]"),
                "credential.relatedResource[0] has no id");
        assertRefused(
                with("relatedResource", "[" + elsewhere + ", " + elsewhere + "]"),
                "credential.relatedResource[1] repeats the id https://example.org/logo.png");
        assertRefused(
                with("relatedResource", "[{\"id\": \"https://example.org/logo.png\"}]"),
                "credential.relatedResource[0] has neither digestSRI nor digestMultibase");
        assertRefused(
                with("relatedResource", "[{\"id\": \"" + V2 + "\", \"digestSRI\": \"" + wrong + "\"}]"),
                "credential.relatedResource[0].digestSRI does not match " + V2);
        assertRefused(
                with("relatedResource", "[{\"id\": \"" + V2 + "\", \"digestMultibase\": \"uAAAA\"}]"),
                "credential.relatedResource[0].digestMultibase");
        assertRefused(
                with("relatedResource", "[{\"id\": \"" + V2 + "\", \"digestSRI\": \"md5-AAAA\"}]"),
                "credential.relatedResource[0].digestSRI");
    }

    @Test
    void findsAnEnvelopeWithoutTheVc2ContextFirstMalformed() {
        JsonNode enveloped = api.post(issuePath, key, issueRequest(newId(), "{\"mediaType\": \"application/vc+jwt\"}"))
                .get("verifiableCredential");
        assertThat(verify(enveloped).status()).isEqualTo(200);

        for (String context : new String[] {
            null, "\"" + V2 + "\"", "[]", "[\"https://www.w3.org/ns/credentials/examples/v2\", \"" + V2 + "\"]"
        }) {
            ObjectNode changed = enveloped.deepCopy();
            if (context == null) {
                changed.remove("@context");
            } else {
                changed.set("@context", Json.parse(context));
            }
            VcApiHttp.Answer verified = verify(changed);
            assertThat(verified.status()).as(context + ": " + verified.body()).isEqualTo(400);
            assertThat(verified.get("verified").asBoolean()).isFalse();
            assertThat(verified.body()).contains("@context");
        }
    }

    private VcApiHttp.Answer verify(JsonNode credential) {
        return api.post("/vc-api/credentials/verify", key, VcApiIssuingTest.verifyRequest(credential, "{}"));
    }

    private static ObjectNode signedByADidKey(String validFrom, String validUntil) {
        SigningKey issuer = SigningKey.generate(KeyType.ED25519, new SecureRandom());
        ObjectNode credential = object("{\"@context\": [\"" + V2 + "\"], \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"" + issuer.publicKey().didKey() + "\", \"validFrom\": \"" + validFrom + "\","
                + " \"validUntil\": \"" + validUntil + "\", \"credentialSubject\": {\"id\": \"did:example:x\"}}");
        return DataIntegrity.sign(
                credential,
                issuer,
                ProofOptions.assertion(
                        issuer.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
    }

    private void assertRefused(ObjectNode body, String detail) {
        VcApiHttp.Answer answer = api.post(issuePath, key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.get("title").asText()).as(answer.body()).isEqualTo("MALFORMED_VALUE_ERROR");
        assertThat(answer.get("detail").asText()).as(answer.body()).contains(detail);
    }

    private static ObjectNode with(String property, String json) {
        ObjectNode request = issueRequest(newId(), "{}");
        ((ObjectNode) request.get("credential")).set(property, Json.parse(json));
        return request;
    }

    private static byte[] bundled(String file) {
        try (InputStream in = ServerTest.class.getResourceAsStream("/dev/laurel/credentials/jsonld/contexts/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multihashSha256(byte[] digest) {
        byte[] multihash = new byte[digest.length + 2];
        multihash[0] = 0x12;
        multihash[1] = 0x20;
        System.arraycopy(digest, 0, multihash, 2, digest.length);
        return multihash;
    }
}
