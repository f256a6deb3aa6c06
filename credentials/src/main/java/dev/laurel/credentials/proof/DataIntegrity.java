package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.jsonld.JsonLdPaths;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.rdf.Canonicalizer;
import dev.laurel.credentials.rdf.HashAlgorithm;
import dev.laurel.credentials.rdf.Quad;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The Data Integrity cryptosuite {@code eddsa-rdfc-2022} (W3C vc-di-eddsa §3.3): canonicalize the document and the
 * proof configuration with RDFC-1.0, hash each with SHA-256, sign the two hashes with Ed25519.
 *
 * <p>{@link #sign} adds a proof to a copy of the document, after any proof already there (a proof set).
 * Verification is {@link DataIntegrityVerifier}'s. Thread-safe.
 */
public final class DataIntegrity {

    public static final String PROOF_TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private DataIntegrity() {}

    /**
     * Signs {@code document} with {@code key}.
     *
     * @return a copy of the document with the new proof
     * @throws IllegalArgumentException when the key is not Ed25519
     * @throws dev.laurel.credentials.jsonld.JsonLdException when the document is not valid JSON-LD for the bundled
     *     contexts (an unknown context, an undefined term)
     */
    public static ObjectNode sign(JsonNode document, SigningKey key, ProofOptions options) {
        if (key.type() != KeyType.ED25519) {
            throw new IllegalArgumentException(
                    "eddsa-rdfc-2022 signs with Ed25519 keys, not " + key.type().curve());
        }
        if (!(document instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a credential must be a JSON object");
        }
        ObjectNode unsecured = without(object, "proof");
        ObjectNode proof = Json.MAPPER.createObjectNode();
        proof.put("type", PROOF_TYPE);
        if (options.created() != null) {
            proof.put("created", DateTimeFormatter.ISO_INSTANT.format(options.created()));
        }
        proof.put("verificationMethod", options.verificationMethod());
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("proofPurpose", options.proofPurpose());
        if (options.challenge() != null) {
            proof.put("challenge", options.challenge());
        }
        if (options.domain() != null) {
            proof.put("domain", options.domain());
        }

        byte[] signature = key.sign(hashData(unsecured, proof));
        proof.put("proofValue", Multibase.encodeBase58Btc(signature));

        ObjectNode secured = object.deepCopy();
        JsonNode existing = secured.remove("proof");
        if (existing == null) {
            secured.set("proof", proof);
        } else {
            ArrayNode proofs = Json.MAPPER.createArrayNode();
            if (existing.isArray()) {
                proofs.addAll((ArrayNode) existing);
            } else {
                proofs.add(existing);
            }
            proofs.add(proof);
            secured.set("proof", proofs);
        }
        return secured;
    }

    /**
     * The bytes an {@code eddsa-rdfc-2022} signature covers: SHA-256 of the canonical proof configuration (the proof
     * without {@code proofValue}, with the document's {@code @context}), then SHA-256 of the canonical document.
     */
    static byte[] hashData(ObjectNode unsecuredDocument, ObjectNode proofOptions) {
        return hashData(unsecuredDocument, proofOptions, Datasets.converting());
    }

    /** {@link #hashData(ObjectNode, ObjectNode)} with the document's dataset taken from {@code datasets}. */
    static byte[] hashData(ObjectNode unsecuredDocument, ObjectNode proofOptions, Datasets datasets) {
        return hashData(unsecuredDocument, proofOptions, HashAlgorithm.SHA_256, datasets);
    }

    /**
     * The bytes an RDFC-1.0 suite's signature covers: {@code hash} of the canonical proof configuration (the proof
     * without {@code proofValue}, with the document's {@code @context}), then {@code hash} of the canonical document.
     * The canonicalization itself labels blank nodes with SHA-256 whatever {@code hash}, as the suites' reference
     * implementations do.
     */
    static byte[] hashData(
            ObjectNode unsecuredDocument, ObjectNode proofOptions, HashAlgorithm hash, Datasets datasets) {
        byte[] documentHash = hash.digest(Canonicalizer.rdfc10()
                .canonicalNQuads(datasets.toRdf(unsecuredDocument))
                .getBytes(StandardCharsets.UTF_8));
        return Cryptosuite.concat(proofHash(unsecuredDocument, proofOptions, hash), documentHash);
    }

    /**
     * {@code hash} of the canonical proof configuration of an RDFC-1.0 suite: the proof without {@code proofValue},
     * with the document's {@code @context}.
     */
    static byte[] proofHash(ObjectNode unsecuredDocument, ObjectNode proofOptions, HashAlgorithm hash) {
        ObjectNode withContext = Json.MAPPER.createObjectNode();
        if (unsecuredDocument.has("@context")) {
            withContext.set("@context", unsecuredDocument.get("@context"));
        }
        for (Map.Entry<String, JsonNode> entry : proofOptions.properties()) {
            if (!entry.getKey().equals("proofValue") && !entry.getKey().equals("@context")) {
                withContext.set(entry.getKey(), entry.getValue());
            }
        }
        return hash.digest(canonicalNQuads(withContext).getBytes(StandardCharsets.UTF_8));
    }

    /** The RDFC-1.0 canonical N-Quads of a JSON-LD document. */
    public static String canonicalNQuads(JsonNode document) {
        List<Quad> quads = JsonLdPaths.toRdf(document);
        return Canonicalizer.rdfc10().canonicalNQuads(quads);
    }

    /**
     * A shallow copy of {@code object} without {@code name}: the values are shared, so neither may be changed while
     * the copy is in use.
     */
    static ObjectNode without(ObjectNode object, String name) {
        ObjectNode copy = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!entry.getKey().equals(name)) {
                copy.set(entry.getKey(), entry.getValue());
            }
        }
        return copy;
    }

    static byte[] sha256(String text) {
        return HashAlgorithm.SHA_256.digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
