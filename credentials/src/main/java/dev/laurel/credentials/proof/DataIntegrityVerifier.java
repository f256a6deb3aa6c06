package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.key.Multibase;
import dev.laurel.credentials.key.Multikey;
import dev.laurel.credentials.rdf.CanonicalizationLimitException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies the Data Integrity proofs of a secured document (W3C VC Data Integrity §4.4) made with {@code
 * eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019} or {@code ecdsa-jcs-2019} (P-256 and P-384), an
 * {@code ecdsa-sd-2023} derived proof (selective disclosure, P-256; a base proof is refused: it is for the holder), or
 * the older {@code Ed25519Signature2020}.
 *
 * <p>A document may carry several proofs (a proof set) and chain them ({@code previousProof}): {@link #verifyEach} says
 * what became of each, within {@link ProofSetLimits}; {@link #verify} sums them up. Never throws for bad input.
 * Thread-safe when the resolver is, unless it was given {@link Datasets#remembering()}.
 */
public final class DataIntegrityVerifier {

    private final VerificationMethodResolver resolver;
    private final Datasets datasets;
    private final ProofSetLimits limits;

    public DataIntegrityVerifier(VerificationMethodResolver resolver) {
        this(resolver, Datasets.converting());
    }

    /**
     * A verifier taking documents' datasets from {@code datasets}, so that a verification converting the credential
     * already (to check its contexts) does not convert it again. Not thread-safe when {@code datasets} remembers.
     */
    public DataIntegrityVerifier(VerificationMethodResolver resolver, Datasets datasets) {
        this(resolver, datasets, ProofSetLimits.DEFAULT);
    }

    /** A verifier examining at most what {@code limits} allow of one document's proofs. */
    public DataIntegrityVerifier(VerificationMethodResolver resolver, Datasets datasets, ProofSetLimits limits) {
        this.resolver = resolver;
        this.datasets = datasets;
        this.limits = limits;
    }

    /**
     * Checks the proofs of {@code document} as one result: valid when a proof verified and none failed.
     *
     * @param expectedPurpose the proof purpose the caller accepts, {@code assertionMethod} for credentials
     * @param now the time against which a proof's {@code expires} is checked
     */
    public ProofResult verify(JsonNode document, String expectedPurpose, Instant now) {
        List<ProofOutcome> outcomes = verifyEach(document, expectedPurpose, now, null);
        List<String> unverified = new ArrayList<>();
        ProofResult.Valid valid = null;
        for (ProofOutcome outcome : outcomes) {
            String message = outcome.label().isEmpty() ? outcome.message() : outcome.label() + ": " + outcome.message();
            switch (outcome) {
                case ProofOutcome.Failed failed -> {
                    return new ProofResult.Invalid(message);
                }
                case ProofOutcome.Verified verified ->
                    valid = valid != null ? valid : new ProofResult.Valid(verified.method(), verified.message());
                default -> unverified.add(message);
            }
        }
        return valid != null ? valid : new ProofResult.Invalid(String.join("; ", unverified));
    }

    /**
     * Checks the proofs of {@code document} one by one, within this verifier's {@link ProofSetLimits}: the outcome of
     * each, in document order. When {@code controller} is given (the credential's issuer), proofs whose verification
     * method is under its id are examined first, and the examination stops once a proof by it verifies; it stops
     * too at the first proof that fails.
     *
     * @param controller the party whose verified proof suffices, or null to examine every proof within the limits
     */
    public List<ProofOutcome> verifyEach(JsonNode document, String expectedPurpose, Instant now, String controller) {
        if (!(document instanceof ObjectNode object) || !document.has("proof")) {
            return List.of(new ProofOutcome.Failed("", "the credential has no embedded proof"));
        }
        List<ObjectNode> proofs = new ArrayList<>();
        for (JsonNode proof :
                document.get("proof").isArray() ? document.get("proof") : List.of(document.get("proof"))) {
            if (!(proof instanceof ObjectNode proofObject)) {
                return List.of(new ProofOutcome.Failed("", "a proof must be a JSON object"));
            }
            proofs.add(proofObject);
        }
        if (proofs.isEmpty()) {
            return List.of(new ProofOutcome.Failed("", "the proof array is empty"));
        }
        return new ProofSet(this, object, proofs, expectedPurpose, now, controller, limits).examine();
    }

    /** Checks one proof of {@code document}, whose proofs are {@code all}. */
    ProofResult verifyProof(
            ObjectNode document, ObjectNode proof, List<ObjectNode> all, String expectedPurpose, Instant now) {
        Cryptosuite suite = Cryptosuite.of(proof).orElse(null);
        if (suite == null) {
            return new ProofResult.Invalid(unknownSuite(proof));
        }
        String purpose = proof.path("proofPurpose").asText("");
        if (!expectedPurpose.equals(purpose)) {
            return new ProofResult.Invalid(
                    "the proof purpose is '" + purpose + "', expected '" + expectedPurpose + "'");
        }
        String problem = timing(proof, now);
        if (problem == null) {
            problem = contextPrefix(document, proof);
        }
        if (problem != null) {
            return new ProofResult.Invalid(problem);
        }
        String proofValue = proof.path("proofValue").asText("");
        byte[] signature = null;
        DerivedProofValue derived = null;
        if (suite.form() == Cryptosuite.Form.DERIVED) {
            try {
                derived = DerivedProofValue.parse(proofValue);
            } catch (IllegalArgumentException e) {
                return new ProofResult.Invalid(e.getMessage());
            }
        } else {
            try {
                signature = Multibase.decode(proofValue);
            } catch (IllegalArgumentException e) {
                return new ProofResult.Invalid("the proofValue is not a multibase value: " + e.getMessage());
            }
            if (!proofValue.startsWith("z")) {
                return new ProofResult.Invalid("the proofValue must be a base58btc (z…) encoding of the signature");
            }
        }
        String methodUrl = proof.path("verificationMethod").asText("");
        Resolution resolution = resolver.resolve(methodUrl);
        if (resolution instanceof Resolution.Unresolved unresolved) {
            return new ProofResult.Invalid("the verification method could not be resolved: " + unresolved.message());
        }
        VerificationMethod method = ((Resolution.Resolved) resolution).method();
        if (!method.authorizes(purpose)) {
            return new ProofResult.Invalid(
                    "the key " + method.id() + " is not authorized for " + purpose + " by its controller document");
        }
        Multikey key = method.multikey().orElse(null);
        if (key == null || !suite.accepts(key.type())) {
            return new ProofResult.Invalid("the key " + method.id() + " is not " + article(suite.keyNames()) + " key, "
                    + "which " + suite.label() + " needs");
        }
        if (signature != null && signature.length != key.type().signatureLength()) {
            return new ProofResult.Invalid(
                    "the proofValue must encode a " + key.type().signatureLength() + "-byte "
                            + key.type().curve() + " signature, not " + signature.length + " bytes");
        }
        ObjectNode unsecured = unsecured(document, proof, all);
        if (unsecured == null) {
            return new ProofResult.Invalid("the proof's previousProof names a proof the document does not carry");
        }
        byte[] hashData;
        try {
            if (derived != null) {
                return DerivedProof.verify(unsecured, proof, derived, method, key, datasets);
            }
            hashData = suite.hashData(unsecured, proof, key.type(), datasets);
        } catch (JsonLdException | CanonicalizationLimitException e) {
            return new ProofResult.Invalid("the document cannot be canonicalized: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return new ProofResult.Invalid("the document cannot be canonicalized (RFC 8785): " + e.getMessage());
        }
        if (!key.verify(hashData, signature)) {
            return new ProofResult.Invalid("the signature does not match the credential: it was changed after signing, "
                    + "or signed with another key than " + method.id());
        }
        return new ProofResult.Valid(method, suite.label() + " proof verified with " + method.id());
    }

    static String unknownSuite(ObjectNode proof) {
        String type = proof.path("type").asText("");
        String known = "Laurel verifies DataIntegrityProof with eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019, "
                + "ecdsa-jcs-2019 or ecdsa-sd-2023 (derived proofs), and Ed25519Signature2020";
        if (!DataIntegrity.PROOF_TYPE.equals(type)) {
            return "unsupported proof type '" + type + "' (" + known + ")";
        }
        return "unknown cryptosuite '" + proof.path("cryptosuite").asText("") + "' (" + known + ")";
    }

    private static String article(String keyNames) {
        return (keyNames.startsWith("Ed") ? "an " : "a ") + keyNames;
    }

    /**
     * The document the proof was made over: without proofs, or with the proofs its previousProof names; null when a
     * named previous proof is missing.
     */
    private static ObjectNode unsecured(ObjectNode document, ObjectNode proof, List<ObjectNode> all) {
        ObjectNode unsecured = DataIntegrity.without(document, "proof");
        List<String> ids = ProofSet.previousProofs(proof);
        if (ids.isEmpty()) {
            return unsecured;
        }
        ArrayNode chain = Json.MAPPER.createArrayNode();
        for (ObjectNode candidate : all) {
            if (ids.contains(candidate.path("id").asText(null))) {
                chain.add(candidate);
            }
        }
        if (chain.size() != ids.size()) {
            return null;
        }
        unsecured.set("proof", chain.size() == 1 ? chain.get(0) : chain);
        return unsecured;
    }

    private static String timing(ObjectNode proof, Instant now) {
        for (String property : new String[] {"created", "expires"}) {
            if (proof.has(property)) {
                try {
                    Instant value =
                            OffsetDateTime.parse(proof.get(property).asText()).toInstant();
                    if (property.equals("expires") && now.isAfter(value)) {
                        return "the proof expired at " + proof.get(property).asText();
                    }
                } catch (DateTimeParseException e) {
                    return "the proof's " + property + " is not a date-time: "
                            + proof.get(property).asText();
                }
            }
        }
        return null;
    }

    /** When the proof carries its own @context, the document's @context must begin with it (VC Data Integrity §4.4). */
    private static String contextPrefix(ObjectNode document, ObjectNode proof) {
        JsonNode proofContext = proof.get("@context");
        if (proofContext == null) {
            return null;
        }
        List<JsonNode> expected = list(proofContext);
        List<JsonNode> actual = list(document.get("@context"));
        if (actual.size() < expected.size()
                || !actual.subList(0, expected.size()).equals(expected)) {
            return "the proof's @context is not a prefix of the document's @context";
        }
        return null;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        if (node.isArray()) {
            node.forEach(list::add);
        } else {
            list.add(node);
        }
        return list;
    }
}
