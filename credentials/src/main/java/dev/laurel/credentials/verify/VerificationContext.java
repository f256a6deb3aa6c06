package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.jsonld.Datasets;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.EndorsementOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One credential under verification: what the checks read, and what earlier checks found for later ones. */
final class VerificationContext {

    private final ObjectNode credential;
    private final DecodedJwt jwt;
    private final Instant now;
    private final Verifier verifier;
    private final int depth;
    private final Datasets datasets = Datasets.remembering();
    private ObjectNode unsecured;
    private final List<VerificationMethod> proofMethods = new ArrayList<>();
    private final List<ObjectNode> bundled;
    private final List<EndorsementOutcome> endorsements = new ArrayList<>();

    VerificationContext(ObjectNode credential, DecodedJwt jwt, Instant now, Verifier verifier, int depth) {
        this(credential, jwt, now, verifier, depth, List.of());
    }

    VerificationContext(
            ObjectNode credential,
            DecodedJwt jwt,
            Instant now,
            Verifier verifier,
            int depth,
            List<ObjectNode> bundled) {
        this.credential = credential;
        this.jwt = jwt;
        this.now = now;
        this.verifier = verifier;
        this.depth = depth;
        this.bundled = List.copyOf(bundled);
    }

    /** The endorsements that came beside the credential in an endorsed-credential bundle; empty otherwise. */
    List<ObjectNode> bundled() {
        return bundled;
    }

    /** What the endorsements check found of each endorsement, in order. */
    List<EndorsementOutcome> endorsements() {
        return List.copyOf(endorsements);
    }

    void endorsementFound(EndorsementOutcome outcome) {
        endorsements.add(outcome);
    }

    ObjectNode credential() {
        return credential;
    }

    /** The credential without its proofs: a shallow copy, made once. */
    ObjectNode unsecured() {
        if (unsecured == null) {
            unsecured = credential.objectNode();
            credential.properties().forEach(entry -> {
                if (!entry.getKey().equals("proof")) {
                    unsecured.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return unsecured;
    }

    /** The JSON-LD conversions of this verification: the context and proof checks share the credential's dataset. */
    Datasets datasets() {
        return datasets;
    }

    Optional<DecodedJwt> jwt() {
        return Optional.ofNullable(jwt);
    }

    Instant now() {
        return now;
    }

    Verifier verifier() {
        return verifier;
    }

    /** How deep this verification is nested: 0 for the credential asked about, 1 for its endorsements or status lists. */
    int depth() {
        return depth;
    }

    /** The keys that made the valid proofs, in document order, once the proof check has run; empty when none. */
    List<VerificationMethod> proofMethods() {
        return List.copyOf(proofMethods);
    }

    void proofVerifiedBy(VerificationMethod method) {
        proofMethods.add(method);
    }

    /** The credential's {@code type} values; a single string counts as one. */
    List<String> types() {
        return strings(credential.get("type"));
    }

    /** The issuer's id, whether {@code issuer} is a string or an object. */
    Optional<String> issuerId() {
        return idOf(credential.get("issuer"));
    }

    /** The id of a value given as an IRI string or as an object with {@code id}. */
    static Optional<String> idOf(JsonNode issuer) {
        if (issuer == null) {
            return Optional.empty();
        }
        if (issuer.isTextual()) {
            return Optional.of(issuer.asText());
        }
        JsonNode id = issuer.get("id");
        return id != null && id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    }

    /** True for a credential in the VC 1.1 data model (issuanceDate rather than validFrom). */
    boolean isVcDataModel11() {
        List<String> contexts = strings(credential.get("@context"));
        return !contexts.isEmpty() && contexts.get(0).equals(Contexts.VC_V1);
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isTextual()) {
                    values.add(element.asText());
                }
            }
        }
        return values;
    }
}
