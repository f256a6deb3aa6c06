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
import dev.laurel.credentials.verify.EnvelopedPresentation;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /vc-api/presentations/verify} with enveloped presentations (VC Data Model 2.0 §4.13.2): VP-JWTs a did:key
 * holder signs in the test, carrying a credential this Laurel issued, and the W3C vc-data-model-2.0 suite's own.
 */
class VcApiEnvelopedPresentationTest extends ServerTest {

    private static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519, new SecureRandom());
    private static final SigningKey SOMEONE = SigningKey.generate(KeyType.P256, new SecureRandom());
    private static final String CHALLENGE = "urn:uuid:" + UUID.randomUUID();
    private static final String DOMAIN = "verifier.example";
    private static final String ASKED = "{\"challenge\": \"" + CHALLENGE + "\", \"domain\": \"" + DOMAIN + "\"}";
    private static final String VC_DATA_MODEL = VcApiProblem.Types.VC_DATA_MODEL;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private VcApiHttp api;
    private UUID organization;
    private String key;
    private String credentialId;
    private JsonNode credential;

    @BeforeEach
    void credential() {
        api = new VcApiHttp(port);
        organization = Scenario.issuer(port, jdbc, "Enveloping Institute").organizationId();
        key = bearer(VcApiHttp.key(keys, organization, Scope.ISSUE, Scope.REVOKE));
        credentialId = newId();
        credential = api.post("/vc-api/" + organization + "/credentials/issue", key, issueRequest(credentialId, "{}"))
                .get("verifiableCredential");
    }

    @Test
    void verifiesAVpJwtItsHolderSignedForTheChallengeAndDomain() {
        ObjectNode envelope = enveloped(claims(credential), HOLDER);
        VcApiHttp.Answer verified = verify(
                envelope,
                "{\"challenge\": \"" + CHALLENGE + "\", \"domain\": \"" + DOMAIN + "\", \"returnPresentation\": true}");

        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.get("verified").asBoolean()).isTrue();
        assertThat(verified.get("problemDetails")).isEmpty();
        assertThat(verified.get("verifiablePresentation")).isEqualTo(envelope);
        JsonNode presentation = verified.get("results").get("presentation");
        assertThat(presentation.get("challenge").get("verified").asBoolean()).isTrue();
        assertThat(presentation.get("domain").get("verified").asBoolean()).isTrue();
        assertThat(presentation.get("holder").get("input").asText())
                .isEqualTo(HOLDER.publicKey().didKey());
        assertThat(presentation.get("proof").get(0).get("verified").asBoolean()).isTrue();
        JsonNode carried = verified.get("results").get("credentials").get(0);
        assertThat(carried.get("verified").asBoolean()).isTrue();
        assertThat(carried.get("credential")).isEqualTo(credential);
    }

    @Test
    void refusesATamperedSignature() {
        String jwt = sign(claims(credential), HOLDER);
        String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");

        VcApiHttp.Answer answer = verify(EnvelopedPresentation.ofJwt(tampered), ASKED);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.get("verified").asBoolean()).isFalse();
        JsonNode problem = answer.get("problemDetails").get(0);
        assertThat(problem.get("type").asText()).isEqualTo(VC_DATA_MODEL + "CRYPTOGRAPHIC_SECURITY_ERROR");
        assertThat(problem.get("reason").asText()).isEqualTo("proof.invalid");
        assertThat(answer.get("results")
                        .get("presentation")
                        .get("proof")
                        .get(0)
                        .get("verified")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusesAPresentationSignedBySomeoneOtherThanItsHolder() {
        ObjectNode claims = claims(credential);
        claims.remove("iss");

        VcApiHttp.Answer answer = verify(enveloped(claims, SOMEONE), ASKED);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.get("problemDetails")).singleElement().satisfies(problem -> {
            assertThat(problem.get("reason").asText()).isEqualTo("holder.not-controller");
            assertThat(problem.get("type").asText()).isEqualTo(VC_DATA_MODEL + "CRYPTOGRAPHIC_SECURITY_ERROR");
        });
    }

    @Test
    void refusesAnotherChallengeOrDomain() {
        VcApiHttp.Answer challenge = verify(
                enveloped(claims(credential), HOLDER),
                "{\"challenge\": \"urn:uuid:" + UUID.randomUUID() + "\", \"domain\": \"" + DOMAIN + "\"}");
        assertThat(challenge.status()).isEqualTo(400);
        assertThat(challenge.get("problemDetails").get(0).get("type").asText())
                .isEqualTo("https://w3id.org/security#INVALID_CHALLENGE_ERROR");

        VcApiHttp.Answer domain = verify(
                enveloped(claims(credential), HOLDER),
                "{\"challenge\": \"" + CHALLENGE + "\", \"domain\": \"attacker.example\"}");
        assertThat(domain.status()).isEqualTo(400);
        assertThat(domain.get("problemDetails").get(0).get("type").asText())
                .isEqualTo("https://w3id.org/security#INVALID_DOMAIN_ERROR");
    }

    @Test
    void failsItsCredentialsWhenOneInsideIsTamperedWithOrRevoked() {
        ObjectNode tampered = credential.deepCopy();
        ((ObjectNode) tampered.get("credentialSubject")).put("name", "Mallory");
        VcApiHttp.Answer changed = verify(enveloped(claims(tampered), HOLDER), ASKED);
        assertThat(changed.status()).as(changed.body()).isEqualTo(400);
        assertThat(changed.get("problemDetails").get(0).get("detail").asText())
                .startsWith("verifiableCredential[0]: proof: ");

        ObjectNode revocation = object("{}");
        revocation.put("credentialId", credentialId);
        revocation.set("credentialStatus", credential.get("credentialStatus").get(0));
        revocation.put("status", true);
        assertThat(api.post("/vc-api/" + organization + "/credentials/status", key, revocation)
                        .status())
                .isEqualTo(200);
        VcApiHttp.Answer revoked = verify(enveloped(claims(credential), HOLDER), ASKED);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(400);
        assertThat(revoked.get("problemDetails")).singleElement().satisfies(problem -> {
            assertThat(problem.get("detail").asText()).startsWith("verifiableCredential[0]: status: ");
            assertThat(problem.get("reason").asText()).isEqualTo("status.revoked");
        });
        assertThat(revoked.get("results")
                        .get("credentials")
                        .get(0)
                        .get("verified")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusesMalformedEnvelopesNamingWhatIsWrong() {
        ObjectNode valid = enveloped(claims(credential), HOLDER);
        ObjectNode emptyContext = valid.deepCopy();
        emptyContext.putArray("@context");
        ObjectNode otherContext = valid.deepCopy();
        otherContext.putArray("@context").add("https://www.w3.org/ns/credentials/examples/v2");
        ObjectNode notDataUrl = valid.deepCopy();
        String id = valid.get("id").asText();
        notDataUrl.put("id", id.substring(id.indexOf(',') + 1));

        for (ObjectNode malformed : new ObjectNode[] {emptyContext, otherContext}) {
            VcApiHttp.Answer answer = verify(malformed, ASKED);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.get("problemDetails")).singleElement().satisfies(problem -> {
                assertThat(problem.get("type").asText()).isEqualTo(VC_DATA_MODEL + "MALFORMED_VALUE_ERROR");
                assertThat(problem.get("detail").asText())
                        .contains("must begin with https://www.w3.org/ns/credentials/v2");
            });
        }
        VcApiHttp.Answer notData = verify(notDataUrl, ASKED);
        assertThat(notData.status()).isEqualTo(400);
        assertThat(notData.get("problemDetails").get(0).get("detail").asText()).contains("must be a data: URL");
        assertThat(notData.get("problemDetails").get(0).get("reason").asText()).isEqualTo("format.malformed");
    }

    @Test
    @DisplayName("4.13.2 the vc-data-model-2.0 suite's enveloped VP verifies with the options the suite sends; its"
            + " negative fixtures (empty or other @context, an id that is not a data: URL, another type) are refused")
    void theW3cSuitesOwnEnvelopedPresentation() {
        ObjectNode suite = suiteFixture();
        assertThat(verify(suite, "{\"checks\": []}").status()).isEqualTo(200);
        VcApiHttp.Answer withChallenge = verify(suite, "{\"challenge\": \"123456789\", \"domain\": \"example.com\"}");
        assertThat(withChallenge.status()).as(withChallenge.body()).isEqualTo(200);

        ObjectNode emptyContext = suite.deepCopy();
        emptyContext.putArray("@context");
        ObjectNode otherContext = suite.deepCopy();
        otherContext.putArray("@context").add("https://www.w3.org/ns/credentials/examples/v2");
        ObjectNode notDataUrl = suite.deepCopy();
        String id = suite.get("id").asText();
        notDataUrl.put("id", id.substring(id.indexOf(',') + 1));
        ObjectNode otherType = suite.deepCopy();
        otherType.putArray("type").add("VerifiablePresentation");
        for (ObjectNode negative : new ObjectNode[] {emptyContext, otherContext, notDataUrl, otherType}) {
            VcApiHttp.Answer answer = verify(negative, "{\"checks\": []}");
            assertThat(answer.status()).as(negative + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.get("verified").asBoolean()).isFalse();
        }
    }

    private VcApiHttp.Answer verify(ObjectNode presentation, String options) {
        ObjectNode body = object("{\"options\": " + options + "}");
        body.set("verifiablePresentation", presentation);
        return api.post("/vc-api/presentations/verify", key, body);
    }

    /** The W3C suite's {@code vp_jwt}, enveloped as its 4.13.2 tests envelop it (see PROVENANCE.tsv). */
    private static ObjectNode suiteFixture() {
        try (InputStream in =
                VcApiEnvelopedPresentationTest.class.getResourceAsStream("/verification/w3c-suite-enveloped-vp.json")) {
            return (ObjectNode) Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The VP-JWT payload: the presentation, with iss, nonce, aud, iat and exp. */
    private static ObjectNode claims(JsonNode credential) {
        ObjectNode claims = object("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"]}
                """);
        claims.put("holder", HOLDER.publicKey().didKey());
        claims.putArray("verifiableCredential").add(credential);
        claims.put("iss", HOLDER.publicKey().didKey());
        claims.put("nonce", CHALLENGE);
        claims.put("aud", DOMAIN);
        claims.put("iat", Instant.now().getEpochSecond() - 5);
        claims.put("exp", Instant.now().getEpochSecond() + 600);
        return claims;
    }

    private static ObjectNode enveloped(ObjectNode claims, SigningKey key) {
        return EnvelopedPresentation.ofJwt(sign(claims, key));
    }

    /** A compact JWS as a wallet makes it: {@code typ: vp+jwt}, {@code kid} the signer's did:key key. */
    private static String sign(ObjectNode claims, SigningKey key) {
        ObjectNode header = object("{\"typ\": \"vp+jwt\"}");
        header.put("alg", key.type().jwsAlgorithm());
        header.put("kid", key.publicKey().didKeyVerificationMethod());
        String input = base64url(Json.write(header)) + "." + base64url(Json.write(claims));
        return input + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(key.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
