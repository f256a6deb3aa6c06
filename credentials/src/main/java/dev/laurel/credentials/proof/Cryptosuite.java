package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.JsonCanonicalization;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.rdf.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Data Integrity proof suites Laurel verifies, each a canonicalization, a hash and a signature algorithm (W3C
 * vc-di-eddsa, vc-di-ecdsa and the CCG's Ed25519Signature2020). Every one but {@code ecdsa-sd-2023} signs the hash of
 * the canonical proof configuration followed by the hash of the canonical document; they differ in how they
 * canonicalize (RDFC-1.0 or JCS), which keys they take, and which hash a key calls for (SHA-384 for P-384, SHA-256
 * otherwise). An {@code ecdsa-sd-2023} derived proof signs statement by statement ({@link DerivedProof}).
 */
enum Cryptosuite {
    EDDSA_RDFC_2022(DataIntegrity.PROOF_TYPE, "eddsa-rdfc-2022", Form.RDFC, Set.of(KeyType.ED25519)),
    EDDSA_JCS_2022(DataIntegrity.PROOF_TYPE, "eddsa-jcs-2022", Form.JCS, Set.of(KeyType.ED25519)),
    ECDSA_RDFC_2019(DataIntegrity.PROOF_TYPE, "ecdsa-rdfc-2019", Form.RDFC, Set.of(KeyType.P256, KeyType.P384)),
    ECDSA_JCS_2019(DataIntegrity.PROOF_TYPE, "ecdsa-jcs-2019", Form.JCS, Set.of(KeyType.P256, KeyType.P384)),
    /** Selective disclosure: verifiers see derived proofs only, which {@link DerivedProof} checks (P-256, SHA-256). */
    ECDSA_SD_2023(DataIntegrity.PROOF_TYPE, "ecdsa-sd-2023", Form.DERIVED, Set.of(KeyType.P256)),
    /** The CCG suite of 2020, its own proof type without a {@code cryptosuite}: RDFC-1.0 (URDNA2015) and Ed25519. */
    ED25519_SIGNATURE_2020("Ed25519Signature2020", null, Form.RDFC, Set.of(KeyType.ED25519));

    /** How the document and the proof configuration are made into bytes. */
    enum Form {
        RDFC,
        JCS,
        /** An {@code ecdsa-sd-2023} derived proof: RDFC-1.0 with the proof's label map, one signature per statement. */
        DERIVED
    }

    private final String type;
    private final String name;
    private final Form form;
    private final Set<KeyType> keys;

    Cryptosuite(String type, String name, Form form, Set<KeyType> keys) {
        this.type = type;
        this.name = name;
        this.form = form;
        this.keys = keys;
    }

    /** The suite of {@code proof}, by its {@code type} and {@code cryptosuite}; empty when Laurel knows none. */
    static Optional<Cryptosuite> of(JsonNode proof) {
        String proofType = proof.path("type").asText("");
        String suite = proof.path("cryptosuite").asText(null);
        for (Cryptosuite candidate : values()) {
            if (candidate.type.equals(proofType) && (candidate.name == null || candidate.name.equals(suite))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The name reports use: the {@code cryptosuite}, or the proof type of a suite that has none. */
    String label() {
        return name != null ? name : type;
    }

    String type() {
        return type;
    }

    Form form() {
        return form;
    }

    /** True when the suite signs with keys of {@code type}. */
    boolean accepts(KeyType keyType) {
        return keys.contains(keyType);
    }

    /** The key types the suite takes, for messages: {@code Ed25519}, {@code P-256 or P-384}. */
    String keyNames() {
        if (keys.contains(KeyType.ED25519)) {
            return "Ed25519";
        }
        return keys.contains(KeyType.P384) ? "P-256 or P-384" : "P-256";
    }

    /** The hash a key of {@code keyType} calls for: SHA-384 for P-384, SHA-256 otherwise. */
    static HashAlgorithm hashFor(KeyType keyType) {
        return keyType == KeyType.P384 ? HashAlgorithm.SHA_384 : HashAlgorithm.SHA_256;
    }

    /**
     * The bytes the signature covers: the hash of the canonical proof configuration, then the hash of the canonical
     * document.
     *
     * @param unsecured the document without the proof (with the proofs a chained proof names)
     * @param proof the proof; its {@code proofValue} is left out
     * @param keyType the signing key's type, which chooses the hash
     * @param datasets where RDFC suites take the document's RDF from
     * @throws dev.laurel.credentials.jsonld.JsonLdException when an RDFC suite's document is not valid JSON-LD for the
     *     bundled contexts
     * @throws dev.laurel.credentials.rdf.CanonicalizationLimitException when RDFC-1.0 would take too long
     * @throws IllegalArgumentException when a JCS suite meets a value RFC 8785 cannot represent
     * @throws IllegalStateException for {@code ecdsa-sd-2023}, whose derived proofs sign no single hash
     */
    byte[] hashData(ObjectNode unsecured, ObjectNode proof, KeyType keyType, Datasets datasets) {
        HashAlgorithm hash = hashFor(keyType);
        return switch (form) {
            case RDFC -> DataIntegrity.hashData(unsecured, proof, hash, datasets);
            case JCS ->
                concat(hash.digest(jcs(proofConfiguration(proof))), hash.digest(jcs(jcsDocument(unsecured, proof))));
            case DERIVED -> throw new IllegalStateException("an ecdsa-sd-2023 derived proof signs each statement");
        };
    }

    /** A JCS suite's proof configuration: the proof without its value, with its own {@code @context} if it has one. */
    private static ObjectNode proofConfiguration(ObjectNode proof) {
        return DataIntegrity.without(proof, "proofValue");
    }

    /** The document a JCS suite hashes: it takes the proof's {@code @context} when there is one (vc-di-ecdsa 3.3.2). */
    private static ObjectNode jcsDocument(ObjectNode unsecured, ObjectNode proof) {
        JsonNode context = proof.get("@context");
        if (context == null) {
            return unsecured;
        }
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.set("@context", context);
        for (Map.Entry<String, JsonNode> entry : unsecured.properties()) {
            if (!entry.getKey().equals("@context")) {
                document.set(entry.getKey(), entry.getValue());
            }
        }
        return document;
    }

    private static byte[] jcs(JsonNode value) {
        return JsonCanonicalization.canonicalize(value).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
