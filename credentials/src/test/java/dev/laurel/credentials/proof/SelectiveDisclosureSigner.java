package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.rdf.Canonicalizer;
import dev.laurel.credentials.rdf.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes {@code ecdsa-sd-2023} proofs for fixtures only: Laurel verifies derived proofs but issues none. {@link #derive}
 * acts as issuer and holder at once, signing the disclosed document's statements as a holder's derivation from a base
 * proof would present them (blank nodes labelled by HMAC, one signature per non-mandatory statement, the issuer's
 * signature over the proof hash, the proof-scoped key and the mandatory hash); {@link #base} makes the base proof an
 * issuer hands the holder, with no mandatory pointers.
 */
public final class SelectiveDisclosureSigner {

    /** The HMAC key of the specification's examples (SDKeyMaterial.json). */
    private static final byte[] HMAC_KEY =
            HexFormat.of().parseHex("00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF");

    private SelectiveDisclosureSigner() {}

    /**
     * A copy of {@code document} with an {@code ecdsa-sd-2023} derived proof by {@code issuerKey} (P-256); the
     * statements (N-Quads lines) {@code mandatory} accepts are the mandatory ones.
     */
    public static ObjectNode derive(
            JsonNode document, SigningKey issuerKey, ProofOptions options, Predicate<String> mandatory) {
        Signed signed = sign((ObjectNode) document, issuerKey, options, mandatory);
        DerivedProofValue value = new DerivedProofValue(
                signed.baseSignature, signed.publicKey, signed.signatures, signed.labelMap, signed.mandatoryIndexes);
        return signed.with(DerivedProofEncoder.encode(value));
    }

    /** A copy of {@code document} with an {@code ecdsa-sd-2023} base proof, every statement selectively disclosable. */
    public static ObjectNode base(JsonNode document, SigningKey issuerKey, ProofOptions options) {
        Signed signed = sign((ObjectNode) document, issuerKey, options, statement -> false);
        return signed.with(
                DerivedProofEncoder.encodeBase(signed.baseSignature, signed.publicKey, HMAC_KEY, signed.signatures));
    }

    private record Signed(
            ObjectNode unsecured,
            ObjectNode proof,
            byte[] baseSignature,
            byte[] publicKey,
            List<byte[]> signatures,
            Map<String, String> labelMap,
            List<Integer> mandatoryIndexes) {

        ObjectNode with(String proofValue) {
            ObjectNode secured = unsecured.deepCopy();
            ObjectNode finished = proof.deepCopy();
            finished.put("proofValue", proofValue);
            secured.set("proof", finished);
            return secured;
        }
    }

    private static Signed sign(
            ObjectNode document, SigningKey issuerKey, ProofOptions options, Predicate<String> mandatory) {
        if (issuerKey.type() != KeyType.P256) {
            throw new IllegalArgumentException("ecdsa-sd-2023 signs with P-256 keys");
        }
        ObjectNode unsecured = DataIntegrity.without(document, "proof");
        ObjectNode proof = Json.MAPPER.createObjectNode();
        proof.put("type", DataIntegrity.PROOF_TYPE);
        proof.put("cryptosuite", Cryptosuite.ECDSA_SD_2023.label());
        proof.put("created", DateTimeFormatter.ISO_INSTANT.format(options.created()));
        proof.put("verificationMethod", options.verificationMethod());
        proof.put("proofPurpose", options.proofPurpose());

        Map<String, String> labelMap = new LinkedHashMap<>();
        Canonicalizer.rdfc10()
                .canonicalize(Datasets.converting().toRdf(unsecured))
                .issuedIdentifiers()
                .values()
                .forEach(label -> labelMap.put(label, hmacLabel(label)));
        List<String> statements = DerivedProof.nquads(unsecured, labelMap, Datasets.converting());

        byte[] proofScopedSecret = new byte[32];
        Arrays.fill(proofScopedSecret, (byte) 9);
        SigningKey proofScoped = SigningKey.of(KeyType.P256, proofScopedSecret);
        StringBuilder mandatoryStatements = new StringBuilder();
        List<Integer> mandatoryIndexes = new ArrayList<>();
        List<byte[]> signatures = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (mandatory.test(statements.get(i))) {
                mandatoryStatements.append(statements.get(i));
                mandatoryIndexes.add(i);
            } else {
                signatures.add(proofScoped.sign(statements.get(i).getBytes(StandardCharsets.UTF_8)));
            }
        }
        byte[] publicKey = Multibase.decode(proofScoped.publicKey().publicKeyMultibase());
        byte[] mandatoryHash =
                HashAlgorithm.SHA_256.digest(mandatoryStatements.toString().getBytes(StandardCharsets.UTF_8));
        byte[] signed = Cryptosuite.concat(
                Cryptosuite.concat(DataIntegrity.proofHash(unsecured, proof, HashAlgorithm.SHA_256), publicKey),
                mandatoryHash);
        return new Signed(unsecured, proof, issuerKey.sign(signed), publicKey, signatures, labelMap, mandatoryIndexes);
    }

    /** createHmacIdLabelMapFunction's label: {@code u} and the base64url HMAC-SHA256 of the canonical label. */
    private static String hmacLabel(String canonicalLabel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HMAC_KEY, "HmacSHA256"));
            return "u"
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(canonicalLabel.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
