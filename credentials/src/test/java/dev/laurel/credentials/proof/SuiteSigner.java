package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
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
        Cryptosuite cryptosuite = Arrays.stream(Cryptosuite.values())
                .filter(candidate -> candidate.label().equals(suite))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no suite " + suite));
        if (!cryptosuite.accepts(key.type())) {
            throw new IllegalArgumentException(
                    suite + " does not sign with " + key.type().curve());
        }
        ObjectNode unsecured = DataIntegrity.without((ObjectNode) document, "proof");
        ObjectNode proof = Json.MAPPER.createObjectNode();
        proof.put("type", cryptosuite.type());
        if (cryptosuite.type().equals(DataIntegrity.PROOF_TYPE)) {
            proof.put("cryptosuite", suite);
        }
        proof.put("created", DateTimeFormatter.ISO_INSTANT.format(options.created()));
        proof.put("verificationMethod", options.verificationMethod());
        proof.put("proofPurpose", options.proofPurpose());
        if (cryptosuite.form() == Cryptosuite.Form.JCS && unsecured.has("@context")) {
            proof.set("@context", unsecured.get("@context"));
        }
        byte[] hashData = cryptosuite.hashData(unsecured, proof, key.type(), Datasets.converting());
        proof.put("proofValue", Multibase.encodeBase58Btc(key.sign(hashData)));
        ObjectNode secured = unsecured.deepCopy();
        secured.set("proof", proof);
        return secured;
    }
}
