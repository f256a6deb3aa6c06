package dev.laurel.server.vcapi;

import static dev.laurel.server.vcapi.VcApiHttp.bearer;
import static dev.laurel.server.vcapi.VcApiHttp.issueRequest;
import static dev.laurel.server.vcapi.VcApiHttp.newId;
import static dev.laurel.server.vcapi.VcApiHttp.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code POST /vc-api/presentations/verify} with presentations a did:key holder signs in the test. */
class VcApiPresentationTest extends ServerTest {

    private static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519, new SecureRandom());
    private static final String CHALLENGE = "urn:uuid:" + UUID.randomUUID();
    private static final String DOMAIN = "verifier.example";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private VcApiHttp api;
    private String key;
    private JsonNode credential;

    @BeforeEach
    void credential() {
        api = new VcApiHttp(port);
        UUID organization = Scenario.issuer(port, jdbc, "Presenting Institute").organizationId();
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE));
        VcApiHttp.Answer issued =
                api.post("/vc-api/" + organization + "/credentials/issue", key, issueRequest(newId(), "{}"));
        credential = issued.get("verifiableCredential");
    }

    @Test
    void verifiesAPresentationSignedForTheChallengeAndDomain() {
        VcApiHttp.Answer verified = verify(
                presentation(credential),
                "{\"challenge\": \"" + CHALLENGE + "\", \"domain\": \"" + DOMAIN + "\", \"returnPresentation\": true}");

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.get("verified").asBoolean()).isTrue();
        assertThat(verified.get("problemDetails")).isEmpty();
        assertThat(verified.get("verifiablePresentation").get("holder").asText())
                .isEqualTo(HOLDER.publicKey().didKey());
        JsonNode results = verified.get("results");
        assertThat(results.get("presentation").get("challenge").get("verified").asBoolean())
                .isTrue();
        assertThat(results.get("presentation").get("challenge").get("input").asText())
                .isEqualTo(CHALLENGE);
        assertThat(results.get("presentation").get("holder").get("verified").asBoolean())
                .isTrue();
        assertThat(results.get("presentation")
                        .get("proof")
                        .get(0)
                        .get("verified")
                        .asBoolean())
                .isTrue();
        assertThat(results.get("credentials").get(0).get("verified").asBoolean())
                .isTrue();
        assertThat(results.get("credentials").get(0).get("credential")).isEqualTo(credential);
    }

    @Test
    void refusesAnotherChallengeOrDomainWith400() {
        VcApiHttp.Answer challenge = verify(
                presentation(credential),
                "{\"challenge\": \"urn:uuid:" + UUID.randomUUID() + "\", \"domain\": \"" + DOMAIN + "\"}");
        assertThat(challenge.status()).isEqualTo(400);
        assertThat(challenge.get("verified").asBoolean()).isFalse();
        assertThat(challenge.get("problemDetails").get(0).get("type").asText())
                .isEqualTo("https://w3id.org/security#INVALID_CHALLENGE_ERROR");

        VcApiHttp.Answer domain = verify(
                presentation(credential), "{\"challenge\": \"" + CHALLENGE + "\", \"domain\": \"attacker.example\"}");
        assertThat(domain.status()).isEqualTo(400);
        assertThat(domain.get("problemDetails").get(0).get("type").asText())
                .isEqualTo("https://w3id.org/security#INVALID_DOMAIN_ERROR");
    }

    @Test
    void refusesATamperedCredentialInsideAndAnUnsignedPresentation() {
        ObjectNode tampered = credential.deepCopy();
        ((ObjectNode) tampered.get("credentialSubject")).put("name", "Mallory");
        VcApiHttp.Answer inside = verify(presentation(tampered), "{\"challenge\": \"" + CHALLENGE + "\"}");
        assertThat(inside.status()).isEqualTo(400);
        assertThat(inside.get("problemDetails").get(0).get("detail").asText())
                .startsWith("verifiableCredential[0]: proof: ");
        assertThat(inside.get("results")
                        .get("credentials")
                        .get(0)
                        .get("verified")
                        .asBoolean())
                .isFalse();

        ObjectNode unsigned = unsigned(credential);
        VcApiHttp.Answer noProof = verify(unsigned, "{}");
        assertThat(noProof.status()).isEqualTo(400);
        assertThat(noProof.get("problemDetails").get(0).get("detail").asText()).contains("has no proof");

        ObjectNode proofless = object("{}");
        proofless.set("presentation", unsigned);
        VcApiHttp.Answer credentialsOnly = api.post("/vc-api/presentations/verify", key, proofless);
        assertThat(credentialsOnly.status()).as(credentialsOnly.body()).isEqualTo(200);
    }

    @Test
    void countsOnlyTheChecksAskedForButAlwaysTheChallenge() {
        VcApiHttp.Answer proofOnly =
                verify(presentation(credential), "{\"checks\": [\"proof\"], \"challenge\": \"" + CHALLENGE + "\"}");
        assertThat(proofOnly.status()).as(proofOnly.body()).isEqualTo(200);

        VcApiHttp.Answer wrongChallenge =
                verify(presentation(credential), "{\"checks\": [\"proof\"], \"challenge\": \"other\"}");
        assertThat(wrongChallenge.status()).isEqualTo(400);
    }

    @Test
    void refusesUnknownOptions() {
        VcApiHttp.Answer answer = verify(presentation(credential), "{\"expectedHolder\": \"did:example:x\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("type").asText()).isEqualTo("https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED");
    }

    private VcApiHttp.Answer verify(ObjectNode presentation, String options) {
        ObjectNode body = object("{\"options\": " + options + "}");
        body.set("verifiablePresentation", presentation);
        return api.post("/vc-api/presentations/verify", key, body);
    }

    private static ObjectNode unsigned(JsonNode credential) {
        ObjectNode presentation = object("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"]}
                """);
        presentation.put("holder", HOLDER.publicKey().didKey());
        presentation.putArray("verifiableCredential").add(credential);
        return presentation;
    }

    private static ObjectNode presentation(JsonNode credential) {
        return DataIntegrity.sign(
                unsigned(credential),
                HOLDER,
                ProofOptions.authentication(
                        HOLDER.publicKey().didKeyVerificationMethod(), Instant.now(), CHALLENGE, DOMAIN));
    }
}
