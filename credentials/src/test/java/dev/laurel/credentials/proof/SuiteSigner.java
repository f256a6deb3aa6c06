package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.SigningKey;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Signs with any suite Laurel verifies, for fixtures only: Laurel itself issues {@code eddsa-rdfc-2022}. The proof is
 * made as each suite's "Create Proof" algorithm says, with the library's own hashing, which {@link
 * CryptosuiteVectorsTest} checks against the published vectors.
 */
public final class SuiteSigner {

    private SuiteSigner() {}

    /**
     * A copy of {@code document} with one proof of {@code suite} ({@code ecdsa-jcs-2019}, {@code
     * Ed25519Signature2020}, …) replacing any proof it had.
     */
    public static ObjectNode sign(JsonNode document, SigningKey key, String suite, ProofOptions options) {
        return add(DataIntegrity.without((ObjectNode) document, "proof"), key, suite, options, null, null);
    }

    /**
     * A copy of {@code document} with one more proof of {@code suite}, after those it has (a proof set); when {@code
     * previousProof} names one of them, the new proof is chained to it (VC Data Integrity §4.4).
     *
     * @param id the new proof's {@code id}, or null
     */
    public static ObjectNode add(
            JsonNode document, SigningKey key, String suite, ProofOptions options, String id, String previousProof) {
        Cryptosuite cryptosuite = Arrays.stream(Cryptosuite.values())
                .filter(candidate -> candidate.label().equals(suite))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no suite " + suite));
        if (!cryptosuite.accepts(key.type())) {
            throw new IllegalArgumentException(
                    suite + " does not sign with " + key.type().curve());
        }
        ObjectNode unsecured = DataIntegrity.without((ObjectNode) document, "proof");
        ArrayNode existing = Json.MAPPER.createArrayNode();
        JsonNode proofs = document.get("proof");
        if (proofs != null) {
            (proofs.isArray() ? proofs : Json.MAPPER.createArrayNode().add(proofs)).forEach(existing::add);
        }
        if (previousProof != null) {
            existing.forEach(candidate -> {
                if (previousProof.equals(candidate.path("id").asText())) {
                    unsecured.set("proof", candidate);
                }
            });
        }
        ObjectNode proof = Json.MAPPER.createObjectNode();
        if (id != null) {
            proof.put("id", id);
        }
        proof.put("type", cryptosuite.type());
        if (cryptosuite.type().equals(DataIntegrity.PROOF_TYPE)) {
            proof.put("cryptosuite", suite);
        }
        proof.put("created", DateTimeFormatter.ISO_INSTANT.format(options.created()));
        proof.put("verificationMethod", options.verificationMethod());
        proof.put("proofPurpose", options.proofPurpose());
        if (previousProof != null) {
            proof.put("previousProof", previousProof);
        }
        if (cryptosuite.form() == Cryptosuite.Form.JCS && unsecured.has("@context")) {
            proof.set("@context", unsecured.get("@context"));
        }
        byte[] hashData = cryptosuite.hashData(unsecured, proof, key.type(), Datasets.converting());
        proof.put("proofValue", Multibase.encodeBase58Btc(key.sign(hashData)));
        ObjectNode secured =
                DataIntegrity.without((ObjectNode) document, "proof").deepCopy();
        existing.add(proof);
        secured.set("proof", existing.size() == 1 ? proof : existing);
        return secured;
    }
}
