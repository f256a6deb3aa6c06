package dev.laurel.credentials.proof;

import static dev.laurel.credentials.Fixtures.json;
import static dev.laurel.credentials.Fixtures.object;
import static dev.laurel.credentials.Fixtures.text;
import static dev.laurel.credentials.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.JsonCanonicalization;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.SigningKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published vectors of every suite Laurel verifies besides {@code eddsa-rdfc-2022}, step by step: the canonical
 * document and proof configuration, their hashes, the combined hash, the signature, and the signed credential's proof.
 */
class CryptosuiteVectorsTest {

    private static final String EDDSA = "spec/vectors/vc-di-eddsa/";
    private static final String ECDSA = "spec/vectors/vc-di-ecdsa/";
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    /** One published vector: its folder, the suffix of its file names, its key pair and its suite. */
    record Vector(String dir, String suffix, String keyPair, Cryptosuite suite, KeyType keyType) {
        String file(String stem, String extension) {
            return dir + stem + suffix + extension;
        }

        @Override
        public String toString() {
            return suite.label() + " " + keyType.curve();
        }
    }

    static Stream<Arguments> vectors() {
        return Stream.of(
                        new Vector(
                                EDDSA + "Ed25519Signature2020/",
                                "EdSig",
                                EDDSA + "keyPair.json",
                                Cryptosuite.ED25519_SIGNATURE_2020,
                                KeyType.ED25519),
                        new Vector(
                                EDDSA + "eddsa-jcs-2022/",
                                "JCS",
                                EDDSA + "keyPair.json",
                                Cryptosuite.EDDSA_JCS_2022,
                                KeyType.ED25519),
                        new Vector(
                                ECDSA + "ecdsa-rdfc-2019-p256/",
                                "ECDSAP256",
                                ECDSA + "p256KeyPair.json",
                                Cryptosuite.ECDSA_RDFC_2019,
                                KeyType.P256),
                        new Vector(
                                ECDSA + "ecdsa-rdfc-2019-p384/",
                                "ECDSAP384",
                                ECDSA + "p384KeyPair.json",
                                Cryptosuite.ECDSA_RDFC_2019,
                                KeyType.P384),
                        new Vector(
                                ECDSA + "ecdsa-jcs-2019-p256/",
                                "JCSECDSAP256",
                                ECDSA + "p256KeyPair.json",
                                Cryptosuite.ECDSA_JCS_2019,
                                KeyType.P256),
                        new Vector(
                                ECDSA + "ecdsa-jcs-2019-p384/",
                                "JCSECDSAP384",
                                ECDSA + "p384KeyPair.json",
                                Cryptosuite.ECDSA_JCS_2019,
                                KeyType.P384))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void reproducesTheCanonicalFormsAndHashes(Vector vector) {
        ObjectNode unsigned = object(vector.file("signed", ".json")).without("proof");
        ObjectNode proofConfig = object(vector.file("proofConfig", ".json"));
        String canonicalDocument = text(vector.file("canonDoc", ".txt"));
        String canonicalProof = text(vector.file("proofCanon", ".txt"));

        if (vector.suite().form() == Cryptosuite.Form.RDFC) {
            assertThat(DataIntegrity.canonicalNQuads(unsigned)).isEqualTo(canonicalDocument);
            assertThat(DataIntegrity.canonicalNQuads(proofConfig)).isEqualTo(canonicalProof);
        } else {
            assertThat(JsonCanonicalization.canonicalize(unsigned)).isEqualTo(canonicalDocument);
            assertThat(JsonCanonicalization.canonicalize(proofConfig)).isEqualTo(canonicalProof);
        }
        var hash = Cryptosuite.hashFor(vector.keyType());
        assertThat(hex(hash.digest(bytes(canonicalDocument)))).isEqualTo(value(vector.file("docHash", ".txt")));
        assertThat(hex(hash.digest(bytes(canonicalProof)))).isEqualTo(value(vector.file("proofHash", ".txt")));
        byte[] hashData = vector.suite().hashData(unsigned, proofConfig, vector.keyType(), Datasets.converting());
        assertThat(hex(hashData)).isEqualTo(value(vector.file("combinedHash", ".txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void theSignatureIsTheKeyPairsSignatureOfTheCombinedHash(Vector vector) {
        SigningKey key = SigningKey.fromJson(json(vector.keyPair()));
        byte[] combined = HexFormat.of().parseHex(value(vector.file("combinedHash", ".txt")));
        byte[] signature = Multibase.decode(value(vector.file("sigBTC58", ".txt")));

        assertThat(key.type()).isEqualTo(vector.keyType());
        assertThat(hex(signature)).isEqualTo(value(vector.file("sigHex", ".txt")));
        assertThat(key.publicKey().verify(combined, signature)).isTrue();
        if (vector.keyType() == KeyType.ED25519) {
            assertThat(hex(key.sign(combined))).isEqualTo(value(vector.file("sigHex", ".txt")));
        }
        ObjectNode signed = object(vector.file("signed", ".json"));
        assertThat(signed.get("proof").get("proofValue").asText()).isEqualTo(value(vector.file("sigBTC58", ".txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifiesTheSignedCredential(Vector vector) {
        ObjectNode signed = object(vector.file("signed", ".json"));
        SigningKey key = SigningKey.fromJson(json(vector.keyPair()));

        ProofResult result = new DataIntegrityVerifier(resolver(key)).verify(signed, "assertionMethod", NOW);

        assertThat(result).isInstanceOfSatisfying(ProofResult.Valid.class, valid -> assertThat(valid.description())
                .startsWith(vector.suite().label() + " proof verified"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void refusesTheSignedCredentialOnceAClaimChanges(Vector vector) {
        ObjectNode signed = object(vector.file("signed", ".json"));
        ((ObjectNode) signed.get("credentialSubject")).put("alumniOf", "The School of Examplez");
        SigningKey key = SigningKey.fromJson(json(vector.keyPair()));

        ProofResult result = new DataIntegrityVerifier(resolver(key)).verify(signed, "assertionMethod", NOW);

        assertThat(result).isInstanceOfSatisfying(ProofResult.Invalid.class, invalid -> assertThat(invalid.message())
                .contains("signature does not match"));
    }

    /** The vectors name their keys by did:key, resolved offline; the key pair's public key must be that key. */
    private static VerificationMethodResolver resolver(SigningKey key) {
        return url -> {
            assertThat(url).isEqualTo(key.publicKey().didKeyVerificationMethod());
            return new DidResolver(HttpFetcher.offline()).resolve(url);
        };
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
