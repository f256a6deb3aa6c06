package dev.laurel.credentials.proof;

import static dev.laurel.credentials.Fixtures.json;
import static dev.laurel.credentials.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.Multikey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published {@code ecdsa-sd-2023} vectors (vc-di-ecdsa, "Representation: ecdsa-sd-2023" as {@code employ} and its
 * "Additional Example" as {@code prc}), from the verifier's side: the parsed derived proof value, the relabelled
 * canonical statements and the verify data byte for byte, the derived credential verified, and copies a holder or a
 * thief changed refused.
 */
class SelectiveDisclosureVectorsTest {

    private static final String SD = "spec/vectors/vc-di-ecdsa/ecdsa-sd-2023/";
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void parsesTheDerivedProofValue(String example) {
        JsonNode expected = json(SD + example + "/verifyDerivedProofValue.json");
        String proofValue = revealed(example).get("proof").get("proofValue").asText();

        DerivedProofValue value = DerivedProofValue.parse(proofValue);

        assertThat(hex(value.baseSignature()))
                .isEqualTo(expected.get("baseSignature").asText());
        assertThat(Multibase.encodeBase58Btc(value.publicKey()))
                .isEqualTo(expected.get("publicKey").asText());
        assertThat(value.signatures().stream().map(SelectiveDisclosureVectorsTest::hex))
                .containsExactlyElementsOf(texts(expected.get("signatures")));
        Map<String, String> labelMap = new LinkedHashMap<>();
        expected.get("labelMap")
                .forEach(pair -> labelMap.put(pair.get(0).asText(), pair.get(1).asText()));
        assertThat(value.labelMap()).containsExactlyEntriesOf(labelMap);
        List<Integer> indexes = new ArrayList<>();
        expected.get("mandatoryIndexes").forEach(index -> indexes.add(index.asInt()));
        assertThat(value.mandatoryIndexes()).isEqualTo(indexes);
        assertThat(DerivedProofEncoder.encode(value)).isEqualTo(proofValue);
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void relabelsTheCanonicalStatementsWithTheLabelMap(String example) {
        ObjectNode revealed = revealed(example);
        DerivedProofValue value = value(revealed);

        List<String> statements =
                DerivedProof.nquads(DataIntegrity.without(revealed, "proof"), value.labelMap(), Datasets.converting());

        assertThat(statements).containsExactlyElementsOf(texts(json(SD + example + "/verifyNQuads.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void createsTheVerifyData(String example) {
        JsonNode expected = json(SD + example + "/verifyCreateVerifyData.json");
        ObjectNode revealed = revealed(example);
        ObjectNode proof = (ObjectNode) revealed.get("proof");

        DerivedProof.VerifyData data = DerivedProof.verifyData(
                DataIntegrity.without(revealed, "proof"), proof, value(revealed), Datasets.converting());

        assertThat(hex(data.proofHash())).isEqualTo(expected.get("proofHash").asText());
        assertThat(hex(data.mandatoryHash()))
                .isEqualTo(expected.get("mandatoryHash").asText());
        assertThat(data.nonMandatory()).containsExactlyElementsOf(texts(expected.get("nonMandatory")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void verifiesTheDerivedCredential(String example) {
        ProofResult result = verify(revealed(example));

        assertThat(result).isInstanceOfSatisfying(ProofResult.Valid.class, valid -> assertThat(valid.description())
                .startsWith("ecdsa-sd-2023 proof verified with " + baseKey().didKeyVerificationMethod())
                .contains("4 mandatory and 6 selectively disclosed statements"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void refusesTheCredentialOnceADisclosedValueChanges(String example) {
        ObjectNode revealed = revealed(example);
        ((ObjectNode) revealed.get("credentialSubject")).put("birthCountry", "Utopia");

        assertThat(verify(revealed))
                .isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                        .contains("signature does not match")
                        .contains("selectively disclosed statement 3 of 6 was changed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void refusesTheCredentialOnceAMandatoryValueChanges(String example) {
        ObjectNode revealed = revealed(example);
        ((ObjectNode) revealed.get("issuer")).put("image", "data:image/png;base64,AAAA");

        assertThat(verify(revealed))
                .isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                        .contains("signature does not match")
                        .contains("mandatory statements"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void refusesAProofWithASignatureDropped(String example) {
        ObjectNode revealed = revealed(example);
        DerivedProofValue value = value(revealed);
        DerivedProofValue dropped = new DerivedProofValue(
                value.baseSignature(),
                value.publicKey(),
                value.signatures().subList(0, value.signatures().size() - 1),
                value.labelMap(),
                value.mandatoryIndexes());
        ((ObjectNode) revealed.get("proof")).put("proofValue", DerivedProofEncoder.encode(dropped));

        assertThat(verify(revealed))
                .isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                        .contains("carries 5 signatures for 6 selectively disclosed statements"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employ", "prc"})
    void refusesTheBaseProofWhichIsForTheHolder(String example) {
        ObjectNode base = object(SD + example + "/addSignedSDBase.json");

        assertThat(verify(base))
                .isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                        .contains("ecdsa-sd-2023 base proof, which the issuer gives to the holder only"));
    }

    private static ObjectNode revealed(String example) {
        return object(SD + example + "/derivedRevealDocument.json");
    }

    private static DerivedProofValue value(ObjectNode revealed) {
        return DerivedProofValue.parse(revealed.get("proof").get("proofValue").asText());
    }

    private static ProofResult verify(ObjectNode credential) {
        return new DataIntegrityVerifier(resolver()).verify(credential, "assertionMethod", NOW);
    }

    /** The issuer's key of both examples: SDKeyMaterial's base key pair, named by did:key and resolved offline. */
    private static Multikey baseKey() {
        return Multikey.fromMultibase(json(SD + "SDKeyMaterial.json")
                .get("baseKeyPair")
                .get("publicKeyMultibase")
                .asText());
    }

    private static VerificationMethodResolver resolver() {
        return url -> {
            assertThat(url).isEqualTo(baseKey().didKeyVerificationMethod());
            return new DidResolver(HttpFetcher.offline()).resolve(url);
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
