package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.key.Multikey;
import dev.laurel.credentials.rdf.BlankNode;
import dev.laurel.credentials.rdf.CanonicalDataset;
import dev.laurel.credentials.rdf.Canonicalizer;
import dev.laurel.credentials.rdf.GraphName;
import dev.laurel.credentials.rdf.HashAlgorithm;
import dev.laurel.credentials.rdf.NQuads;
import dev.laurel.credentials.rdf.Quad;
import dev.laurel.credentials.rdf.RdfTerm;
import dev.laurel.credentials.rdf.Resource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies an {@code ecdsa-sd-2023} derived proof, the selectively disclosed form of a credential a holder shows
 * (vc-di-ecdsa §3.6.7 Verify Derived Proof): the issuer's key signed the proof configuration's hash, the proof-scoped
 * key and the hash of the mandatory statements; the proof-scoped key signed each statement the holder chose to
 * disclose. The disclosed document is canonicalized with RDFC-1.0 and its blank nodes given back the labels the issuer
 * signed (from the proof's label map). SHA-256 and P-256 throughout, as the suite defines. Stateless.
 */
final class DerivedProof {

    private static final HashAlgorithm SHA_256 = HashAlgorithm.SHA_256;

    private DerivedProof() {}

    /**
     * What createVerifyData (vc-di-ecdsa §3.5.8) gives.
     *
     * @param proofHash SHA-256 of the canonical proof configuration
     * @param nonMandatory the selectively disclosed statements, as N-Quads lines ending with {@code "\n"}
     * @param mandatoryHash SHA-256 of the mandatory statements joined
     */
    record VerifyData(byte[] proofHash, List<String> nonMandatory, byte[] mandatoryHash) {}

    /**
     * Checks the derived proof {@code value} of {@code proof} over {@code unsecured}, made by {@code method}'s P-256
     * key. The base signature is checked with the issuer's key: step 7 of the Recommendation's algorithm names the
     * proof-scoped key, but Base Proof Serialization (step 6) signs with the issuer's, as the vectors do.
     *
     * @throws dev.laurel.credentials.jsonld.JsonLdException when the document is not valid JSON-LD for the bundled
     *     contexts
     * @throws dev.laurel.credentials.rdf.CanonicalizationLimitException when RDFC-1.0 would take too long
     */
    static ProofResult verify(
            ObjectNode unsecured,
            ObjectNode proof,
            DerivedProofValue value,
            VerificationMethod method,
            Multikey issuerKey,
            Datasets datasets) {
        Multikey proofScoped;
        try {
            proofScoped = value.proofScopedKey();
        } catch (IllegalArgumentException e) {
            return new ProofResult.Invalid(
                    "the derived proof's proof-scoped key is not a P-256 key: " + e.getMessage());
        }
        VerifyData data;
        try {
            data = verifyData(unsecured, proof, value, datasets);
        } catch (IllegalArgumentException e) {
            return new ProofResult.Invalid(e.getMessage());
        }
        if (value.signatures().size() != data.nonMandatory().size()) {
            return new ProofResult.Invalid(
                    "the derived proof carries " + value.signatures().size()
                            + " signatures for " + data.nonMandatory().size() + " selectively disclosed statements: a "
                            + "statement was added or removed after the holder derived it");
        }
        byte[] signed = concat(data.proofHash(), value.publicKey(), data.mandatoryHash());
        if (!issuerKey.verify(signed, value.baseSignature())) {
            return new ProofResult.Invalid("the signature does not match the credential: its mandatory statements or "
                    + "proof were changed after signing, or it was signed with another key than " + method.id());
        }
        for (int i = 0; i < data.nonMandatory().size(); i++) {
            byte[] statement = data.nonMandatory().get(i).getBytes(StandardCharsets.UTF_8);
            if (!proofScoped.verify(statement, value.signatures().get(i))) {
                return new ProofResult.Invalid("the signature does not match the credential: selectively disclosed "
                        + "statement " + (i + 1) + " of " + data.nonMandatory().size() + " was changed after signing");
            }
        }
        return new ProofResult.Valid(
                method,
                Cryptosuite.ECDSA_SD_2023.label() + " proof verified with " + method.id() + " (selective disclosure: "
                        + value.mandatoryIndexes().size() + " mandatory and "
                        + data.nonMandatory().size()
                        + " selectively disclosed statements)");
    }

    /**
     * The proof hash, the non-mandatory statements and the mandatory hash of a derived credential.
     *
     * @throws IllegalArgumentException when the label map does not name every blank node of the document
     */
    static VerifyData verifyData(ObjectNode unsecured, ObjectNode proof, DerivedProofValue value, Datasets datasets) {
        byte[] proofHash = DataIntegrity.proofHash(unsecured, proof, SHA_256);
        List<String> statements = nquads(unsecured, value.labelMap(), datasets);
        Set<Integer> mandatoryIndexes = new HashSet<>(value.mandatoryIndexes());
        StringBuilder mandatory = new StringBuilder();
        List<String> nonMandatory = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (mandatoryIndexes.contains(i)) {
                mandatory.append(statements.get(i));
            } else {
                nonMandatory.add(statements.get(i));
            }
        }
        byte[] mandatoryHash = SHA_256.digest(mandatory.toString().getBytes(StandardCharsets.UTF_8));
        return new VerifyData(proofHash, List.copyOf(nonMandatory), mandatoryHash);
    }

    /**
     * labelReplacementCanonicalizeJsonLd with createLabelMapFunction (vc-di-ecdsa §3.4): the document's canonical
     * N-Quads lines with each canonical blank node label replaced by its entry in {@code labelMap}, sorted. The sort
     * is by UTF-16 code unit, as the suite's reference implementation sorts.
     *
     * @throws IllegalArgumentException when {@code labelMap} has no entry for a canonical label
     */
    static List<String> nquads(ObjectNode unsecured, Map<String, String> labelMap, Datasets datasets) {
        CanonicalDataset canonical = Canonicalizer.rdfc10().canonicalize(datasets.toRdf(unsecured));
        List<String> lines = new ArrayList<>(canonical.quads().size());
        for (Quad quad : canonical.quads()) {
            lines.add(NQuads.serialize(new Quad(
                    (Resource) relabel(quad.subject(), labelMap),
                    quad.predicate(),
                    relabel(quad.object(), labelMap),
                    quad.graph() instanceof Resource graph ? (GraphName) relabel(graph, labelMap) : quad.graph())));
        }
        lines.sort(String::compareTo);
        return lines;
    }

    private static RdfTerm relabel(RdfTerm term, Map<String, String> labelMap) {
        if (!(term instanceof BlankNode node)) {
            return term;
        }
        String label = labelMap.get(node.label());
        if (label == null) {
            throw new IllegalArgumentException("the derived proof's label map has no label for the blank node "
                    + node.label() + " of the disclosed document: a node was added after the holder derived it");
        }
        return new BlankNode(label);
    }

    private static byte[] concat(byte[] first, byte[] second, byte[] third) {
        return Cryptosuite.concat(Cryptosuite.concat(first, second), third);
    }
}
