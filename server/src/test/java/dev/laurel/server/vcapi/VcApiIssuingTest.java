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
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.EnvelopedCredential;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.ChunkedRequest;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.signing.IssuerKeys;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /vc-api/ORG/credentials/issue}, {@code GET /vc-api/ORG/credentials/ID}, {@code /credentials/verify}. */
class VcApiIssuingTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    IssuerKeys issuers;

    @Autowired
    Verifier verifier;

    private VcApiHttp api;
    private UUID organization;
    private String key;

    @BeforeEach
    void organization() {
        api = new VcApiHttp(port);
        organization = Scenario.issuer(port, jdbc, "VC-API Institute").organizationId();
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.READ));
    }

    @Test
    void issuesADataIntegrityCredentialThatVerifiesHereAndWithTheLibrary() {
        String id = newId();
        VcApiHttp.Answer issued = api.post(issuePath(), key, issueRequest(id, "{}"));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.contentType()).startsWith("application/json");
        JsonNode credential = issued.get("verifiableCredential");
        assertThat(credential.get("issuer").asText()).isEqualTo(issuers.issuerDid(organization));
        assertThat(credential.get("proof").get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(credential.get("proof").get("verificationMethod").asText())
                .isEqualTo(issuers.activeVerificationMethod(organization));
        assertThat(credential.get("credentialStatus")).hasSize(2);
        assertThat(credential.get("credentialSubject").get("name").asText()).isEqualTo("Ada Lovelace");

        VerificationReport report = verifier.verify(Json.write(credential));
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();

        VcApiHttp.Answer verified = api.post(
                "/vc-api/credentials/verify",
                key,
                verifyRequest(credential, "{\"returnResults\": true, \"returnCredential\": true}"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.get("verified").asBoolean()).isTrue();
        assertThat(verified.get("problemDetails")).isEmpty();
        assertThat(verified.get("credential")).isEqualTo(credential);
        JsonNode results = verified.get("results");
        assertThat(results.get("proof").get(0).get("verified").asBoolean()).isTrue();
        assertThat(results.get("validFrom").get("input").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(results.get("credentialStatus")).hasSize(2);
    }

    @Test
    void issuesAVcJwtAsAnEnvelopedCredentialWhenAskedForItsMediaType() {
        VcApiHttp.Answer issued =
                api.post(issuePath(), key, issueRequest(newId(), "{\"mediaType\": \"application/vc+jwt\"}"));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode enveloped = issued.get("verifiableCredential");
        assertThat(enveloped.get("type").asText()).isEqualTo("EnvelopedVerifiableCredential");
        assertThat(enveloped.get("@context")).isEqualTo(Json.parse("[\"https://www.w3.org/ns/credentials/v2\"]"));
        assertThat(enveloped.get("id").asText()).startsWith("data:application/vc+jwt,ey");
        String jwt = EnvelopedCredential.parse(enveloped).content();
        assertThat(verifier.verify(jwt).verified())
                .as(verifier.verify(jwt).toJson().toString())
                .isTrue();

        VcApiHttp.Answer verified = api.post("/vc-api/credentials/verify", key, verifyRequest(enveloped, "{}"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.get("verified").asBoolean()).isTrue();
    }

    @Test
    void verifiesAVcDataModel11Credential() {
        SigningKey issuer = SigningKey.generate(KeyType.ED25519, new SecureRandom());
        ObjectNode credential = object("{\"@context\": [\"https://www.w3.org/2018/credentials/v1\","
                + " \"https://w3id.org/security/data-integrity/v2\"], \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"" + issuer.publicKey().didKey() + "\", \"issuanceDate\": \"2026-01-01T00:00:00Z\","
                + " \"expirationDate\": \"2126-01-01T00:00:00Z\", \"credentialSubject\": {\"id\": \"did:example:x\"}}");
        ObjectNode signed = DataIntegrity.sign(
                credential,
                issuer,
                ProofOptions.assertion(
                        issuer.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));

        VcApiHttp.Answer verified = api.post("/vc-api/credentials/verify", key, verifyRequest(signed, "{}"));

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.get("verified").asBoolean()).isTrue();
    }

    @Test
    void answersATamperedCredentialWith400AndItsProblems() {
        JsonNode credential =
                api.post(issuePath(), key, issueRequest(newId(), "{}")).get("verifiableCredential");
        ObjectNode tampered = credential.deepCopy();
        ((ObjectNode) tampered.get("credentialSubject")).put("name", "Mallory");

        VcApiHttp.Answer verified = api.post("/vc-api/credentials/verify", key, verifyRequest(tampered, "{}"));

        assertThat(verified.status()).isEqualTo(400);
        assertThat(verified.contentType()).startsWith("application/json");
        assertThat(verified.get("verified").asBoolean()).isFalse();
        JsonNode problem = verified.get("problemDetails").get(0);
        assertThat(problem.get("type").asText())
                .isEqualTo("https://www.w3.org/TR/vc-data-model-2.0#CRYPTOGRAPHIC_SECURITY_ERROR");
        assertThat(problem.get("title").asText()).isEqualTo("CRYPTOGRAPHIC_SECURITY_ERROR");
        assertThat(problem.get("detail").asText()).startsWith("proof: ").contains("changed after signing");
    }

    @Test
    void givesEachProofOfAProofSetItsOwnResult() {
        JsonNode credential =
                api.post(issuePath(), key, issueRequest(newId(), "{}")).get("verifiableCredential");
        JsonNode proof = credential.get("proof");
        ObjectNode forged = proof.deepCopy();
        String value = forged.get("proofValue").asText();
        forged.put("proofValue", value.substring(0, 10) + (value.charAt(10) == 'A' ? 'B' : 'A') + value.substring(11));
        ObjectNode withSet = credential.deepCopy();
        withSet.putArray("proof").add(proof).add(forged);

        VcApiHttp.Answer verified =
                api.post("/vc-api/credentials/verify", key, verifyRequest(withSet, "{\"returnResults\": true}"));

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        JsonNode results = verified.get("results").get("proof");
        assertThat(results.get(0).get("verified").asBoolean()).isTrue();
        assertThat(results.get(0).get("input")).isEqualTo(proof);
        // The second proof was not examined (the issuer's first one verified): it is not said to verify.
        results.forEach(result -> {
            if (result.get("input").equals(forged)) {
                assertThat(result.get("verified").asBoolean()).isFalse();
            }
        });
    }

    @Test
    void getsAnIssuedCredentialByItsIdOrOptionsCredentialId() {
        String id = newId();
        JsonNode credential = api.post(issuePath(), key, issueRequest(id, "{}")).get("verifiableCredential");
        ObjectNode withoutId = issueRequest(newId(), "{\"credentialId\": \"my-badge-42\"}");
        ((ObjectNode) withoutId.get("credential")).remove("id");
        assertThat(api.post(issuePath(), key, withoutId).status()).isEqualTo(201);

        VcApiHttp.Answer found = api.get(credentialsPath() + "/" + id.replace(":", "%3A"), key);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.get("verifiableCredential")).isEqualTo(credential);
        assertThat(api.get(credentialsPath() + "/my-badge-42", key)
                        .get("verifiableCredential")
                        .has("id"))
                .isFalse();

        VcApiHttp.Answer missing = api.get(credentialsPath() + "/urn:uuid:" + UUID.randomUUID(), key);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.get("type").asText()).isEqualTo("https://laurel.dev/problems/vc-api/not-found");
    }

    @Test
    void answersEveryBadIssueRequestWith400AndAPreciseProblem() {
        String did = issuers.issuerDid(organization);
        String id = newId();
        assertThat(api.post(issuePath(), key, issueRequest(id, "{}")).status()).isEqualTo(201);

        assertRefused(object("{\"options\": {}}"), "MALFORMED_VALUE_ERROR", "the request has no credential");
        assertRefused(object("{}"), "MALFORMED_VALUE_ERROR", "the request has no credential");
        assertRefused(
                object("{\"credential\": {\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                        + " \"credentialSubject\": {\"id\": \"did:example:x\"}}}"),
                "MALFORMED_VALUE_ERROR",
                "credential.type must include VerifiableCredential");
        assertRefused(
                issueRequest(newId(), "{\"x-unknown\": true}"),
                "UNKNOWN_OPTION_PROVIDED",
                "unknown option 'x-unknown'");
        assertRefused(
                with(issueRequest(newId(), "{}"), "issuer", "\"did:web:elsewhere.example\""),
                "Issuer mismatch",
                "this instance issues as " + did);
        assertRefused(
                with(
                        issueRequest(newId(), "{}"),
                        "@context",
                        "[\"https://www.w3.org/ns/credentials/v2\", " + "\"https://example.org/unknown-context\"]"),
                "PROOF_GENERATION_ERROR",
                "https://example.org/unknown-context");
        assertRefused(
                with(issueRequest(newId(), "{}"), "favouriteColour", "\"green\""),
                "PROOF_GENERATION_ERROR",
                "favouriteColour");
        assertRefused(
                with(
                        with(
                                issueRequest(newId(), "{}"),
                                "@context",
                                "[\"https://www.w3.org/2018/credentials/v1\", "
                                        + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"]"),
                        "issuanceDate",
                        "\"2026-01-01T00:00:00Z\""),
                "MALFORMED_VALUE_ERROR",
                "credential.@context begins with https://www.w3.org/2018/credentials/v1 (VC Data Model 1.1): "
                        + VC_20_ONLY);
        assertRefused(
                with(issueRequest(newId(), "{}"), "expirationDate", "\"2030-01-01T00:00:00Z\""),
                "MALFORMED_VALUE_ERROR",
                "credential.expirationDate is VC Data Model 1.1: " + VC_20_ONLY);
        assertRefused(
                with(issueRequest(newId(), "{}"), "proof", "{\"type\": \"DataIntegrityProof\"}"),
                "MALFORMED_VALUE_ERROR",
                "already has a proof");
        assertRefused(
                with(issueRequest(newId(), "{}"), "validFrom", "\"yesterday\""),
                "MALFORMED_VALUE_ERROR",
                "credential.validFrom must be a date-time");
        assertRefused(
                issueRequest(newId(), "{\"mediaType\": \"application/mdoc\"}"),
                "MALFORMED_VALUE_ERROR",
                "options.mediaType 'application/mdoc' is not supported");
        assertRefused(
                issueRequest(newId(), "{\"cryptosuite\": \"ecdsa-rdfc-2019\"}"),
                "MALFORMED_VALUE_ERROR",
                "is not supported: this instance signs with eddsa-rdfc-2022");
        assertRefused(issueRequest(id, "{}"), "Duplicate credential", id);

        VcApiHttp.Answer notJson = api.post(issuePath(), key, "application/json", "{\"credential\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.get("title").asText()).isEqualTo("PARSING_ERROR");
        VcApiHttp.Answer form = api.post(issuePath(), key, "text/plain", "credential");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.contentType()).startsWith("application/json");
    }

    @Test
    void refusesAChunkedBodyOverTenMebibytesWith413AfterReadingNoMore() {
        ChunkedRequest.Answer answer = ChunkedRequest.post(
                        port, issuePath(), Map.of("Authorization", key, "Content-Type", "application/json"))
                .send("{\"credential\": {\"name\": \"", "n".repeat(64 * 1024), 40L * 1024 * 1024, "\"}}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(Json.parse(answer.body()).get("title").asText()).isEqualTo("Request too large");
        assertThat(answer.sent()).as("bytes sent before the answer").isLessThan(20L * 1024 * 1024);
    }

    private static final String VC_20_ONLY = "Laurel issues VC Data Model 2.0 credentials only: use "
            + "https://www.w3.org/ns/credentials/v2 as the first @context and validFrom/validUntil instead of "
            + "issuanceDate/expirationDate";

    private void assertRefused(ObjectNode body, String title, String detail) {
        VcApiHttp.Answer answer = api.post(issuePath(), key, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.get("title").asText()).as(answer.body()).isEqualTo(title);
        assertThat(answer.get("type").asText()).startsWith("https://");
        assertThat(answer.get("detail").asText()).contains(detail);
    }

    private static ObjectNode with(ObjectNode request, String property, String json) {
        ((ObjectNode) request.get("credential")).set(property, Json.parse(json));
        return request;
    }

    static ObjectNode verifyRequest(JsonNode credential, String options) {
        ObjectNode body = object("{\"options\": " + options + "}");
        body.set("verifiableCredential", credential);
        return body;
    }

    private String issuePath() {
        return credentialsPath() + "/issue";
    }

    private String credentialsPath() {
        return "/vc-api/" + organization + "/credentials";
    }
}
