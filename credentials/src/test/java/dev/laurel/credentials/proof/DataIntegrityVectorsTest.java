package dev.laurel.credentials.proof;

import static dev.laurel.credentials.Fixtures.json;
import static dev.laurel.credentials.Fixtures.object;
import static dev.laurel.credentials.Fixtures.text;
import static dev.laurel.credentials.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.SigningKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published eddsa-rdfc-2022 vectors, reproduced byte for byte: canonical forms, hashes, signature, proofValue. */
class DataIntegrityVectorsTest {

    private static final String DI = "spec/vectors/vc-di-eddsa/";
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    @Test
    void reproducesTheW3cVcDiEddsaVector() {
        String dir = DI + "eddsa-rdfc-2022/";
        ObjectNode unsigned = object(DI + "unsigned.json");
        ObjectNode proofConfig = object(dir + "proofConfigDataInt.json");
        SigningKey key = SigningKey.fromJson(json(DI + "keyPair.json"));

        assertThat(DataIntegrity.canonicalNQuads(unsigned)).isEqualTo(text(dir + "canonDocDataInt.txt"));
        assertThat(DataIntegrity.canonicalNQuads(proofConfig)).isEqualTo(text(dir + "proofCanonDataInt.txt"));
        byte[] hashData = DataIntegrity.hashData(unsigned, proofConfig);
        assertThat(hex(hashData)).isEqualTo(value(dir + "combinedHashDataInt.txt"));
        assertThat(hex(DataIntegrity.sha256(text(dir + "canonDocDataInt.txt"))))
                .isEqualTo(value(dir + "docHashDataInt.txt"));
        assertThat(hex(key.sign(hashData))).isEqualTo(value(dir + "sigHexDataInt.txt"));

        ObjectNode signed = DataIntegrity.sign(unsigned, key, options(proofConfig));
        assertThat(signed.get("proof").get("proofValue").asText()).isEqualTo(value(dir + "sigBTC58DataInt.txt"));
        assertThat(signed).isEqualTo(json(dir + "signedDataInt.json"));

        ProofResult result = new DataIntegrityVerifier(new DidResolver(HttpFetcher.offline()))
                .verify(json(dir + "signedDataInt.json"), "assertionMethod", NOW);
        assertThat(result).isInstanceOf(ProofResult.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ob-v3p0-impl", "clr-v2p0-impl"})
    void reproducesThe1EdTechImplementationGuideVector(String vector) {
        String dir = "spec/vectors/" + vector + "/";
        String prefix = vector.startsWith("ob") ? "ob" : "clr";
        ObjectNode unsigned = object(dir + "credential.json");
        SigningKey key = SigningKey.fromJson(json(dir + "keypair.json"));
        JsonNode published = json(dir + "signed-credential.json").get("proof");
        JsonNode proof = published.isArray() ? published.get(0) : published;
        ObjectNode proofConfig = (ObjectNode) proof.deepCopy();
        proofConfig.remove("proofValue");

        assertThat(DataIntegrity.canonicalNQuads(unsigned)).isEqualTo(text(dir + "document-canon.txt"));
        ObjectNode configWithContext = proofConfig.deepCopy();
        configWithContext.set("@context", unsigned.get("@context"));
        assertThat(DataIntegrity.canonicalNQuads(configWithContext)).isEqualTo(text(dir + "proof-canon.txt"));
        byte[] hashData = DataIntegrity.hashData(unsigned, proofConfig);
        assertThat(hex(hashData)).isEqualTo(value(dir + prefix + "-data.txt"));
        assertThat(hex(key.sign(hashData))).isEqualTo(value(dir + prefix + "-signature.txt"));

        ObjectNode signed = DataIntegrity.sign(unsigned, key, options(proofConfig));
        assertThat(signed.get("proof").get("proofValue").asText()).isEqualTo(value(dir + prefix + "-proof-value.txt"));
        assertThat(signed.get("proof")).isEqualTo(proof);
        assertThat((JsonNode) signed.deepCopy().without("proof"))
                .isEqualTo(object(dir + "signed-credential.json").without("proof"));

        var verifier = new DataIntegrityVerifier(keyOf(key, "https://example.edu/issuers/565049"));
        assertThat(verifier.verify(signed, "assertionMethod", NOW)).isInstanceOf(ProofResult.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic", "noendorse", "complete"})
    void matchesTheReferenceCanonicalFormOfTheOpenBadgesExamples(String name) {
        String dir = "spec/vectors/ob-v3p0-canonical/" + name + "/";
        ObjectNode unsigned = object(dir + "credential.json");
        SigningKey key = SigningKey.fromJson(json("spec/vectors/ob-v3p0-canonical/key.json"));
        ObjectNode reference = object(dir + "signed-reference.json");
        ObjectNode proofConfig = (ObjectNode) reference.get("proof").deepCopy();

        assertThat(DataIntegrity.canonicalNQuads(unsigned)).isEqualTo(text(dir + "canonical.nq"));
        ObjectNode signed = DataIntegrity.sign(unsigned, key, options(proofConfig));
        assertThat(signed).isEqualTo(reference);
        assertThat(new DataIntegrityVerifier(new DidResolver(HttpFetcher.offline()))
                        .verify(reference, "assertionMethod", NOW))
                .isInstanceOf(ProofResult.Valid.class);
    }

    /** The bundled citizenship context gives the canonical form vc-di-ecdsa publishes for the same document. */
    @Test
    void canonicalizesTheEmploymentVectorWithTheBundledCitizenshipContext() {
        ObjectNode unsigned = object(DI + "employmentAuth.json");
        assertThat(DataIntegrity.canonicalNQuads(unsigned))
                .isEqualTo(text("spec/vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ/canonDocECDSAP256.txt"));
    }

    @Test
    void refusesAContextThatIsNotBundled() {
        ObjectNode unsigned = object(DI + "employmentAuth.json");
        unsigned.set(
                "@context",
                Json.MAPPER
                        .createArrayNode()
                        .add("https://www.w3.org/ns/credentials/v2")
                        .add("https://w3id.org/citizenship/v3"));
        assertThatThrownBy(() -> DataIntegrity.canonicalNQuads(unsigned))
                .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.kind())
                        .isEqualTo(JsonLdException.Kind.UNKNOWN_CONTEXT))
                .hasMessageContaining("https://w3id.org/citizenship/v3")
                .hasMessageContaining("never fetches");
    }

    @Test
    void rejectsTheVectorOnceAValueChanges() {
        ObjectNode signed = object(DI + "eddsa-rdfc-2022/signedDataInt.json");
        ((ObjectNode) signed.get("credentialSubject")).put("alumniOf", "The School of Forgeries");
        ProofResult result = new DataIntegrityVerifier(new DidResolver(HttpFetcher.offline()))
                .verify(signed, "assertionMethod", NOW);
        assertThat(result).isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                .contains("signature does not match"));
    }

    @Test
    void decodesTheProofValueToTheVectorSignature() {
        byte[] signature = Multibase.decode(value(DI + "eddsa-rdfc-2022/sigBTC58DataInt.txt"));
        assertThat(hex(signature)).isEqualTo(value(DI + "eddsa-rdfc-2022/sigHexDataInt.txt"));
    }

    private static ProofOptions options(ObjectNode proofConfig) {
        return new ProofOptions(
                proofConfig.get("verificationMethod").asText(),
                Instant.parse(proofConfig.get("created").asText()),
                proofConfig.get("proofPurpose").asText());
    }

    /** A resolver that knows one https verification method, as a controller document would publish it. */
    static VerificationMethodResolver keyOf(SigningKey key, String controller) {
        String id = controller + "#" + key.publicKey().publicKeyMultibase();
        return url -> url.equals(id)
                ? new Resolution.Resolved(new VerificationMethod(
                        id, "Multikey", controller, key.publicKey().toJwk(), Set.of("assertionMethod")))
                : new Resolution.Unresolved(url, "unknown key " + url);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
