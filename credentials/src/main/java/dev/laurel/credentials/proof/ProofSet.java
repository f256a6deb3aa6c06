package dev.laurel.credentials.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The examination of one document's proofs (VC Data Integrity §4.5, proof sets and chains), bounded: proofs of suites Laurel does not verify are set
 * aside unexamined; proofs that look like the expected controller's (their verification method is under its id) are examined first; the examination
 * stops once a proof by that controller verifies, once a proof fails, or at the {@link ProofSetLimits}. A chained proof
 * verifies only when the proofs its {@code previousProof} names verify. Outcomes are listed in document order. One use.
 */
final class ProofSet {

    private final DataIntegrityVerifier verifier;
    private final ObjectNode document;
    private final List<ObjectNode> proofs;
    private final String purpose;
    private final Instant now;
    private final String controller;
    private final ProofSetLimits limits;
    private final ProofOutcome[] outcomes;
    private final long deadline;
    private int examined;
    private boolean controllerVerified;
    private boolean failed;
    private String limitReached;

    ProofSet(
            DataIntegrityVerifier verifier,
            ObjectNode document,
            List<ObjectNode> proofs,
            String purpose,
            Instant now,
            String controller,
            ProofSetLimits limits) {
        this.verifier = verifier;
        this.document = document;
        this.proofs = proofs;
        this.purpose = purpose;
        this.now = now;
        this.controller = controller;
        this.limits = limits;
        this.outcomes = new ProofOutcome[proofs.size()];
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    List<ProofOutcome> examine() {
        for (int i = 0; i < proofs.size(); i++) {
            if (Cryptosuite.of(proofs.get(i)).isEmpty()) {
                outcomes[i] = new ProofOutcome.Unsupported(label(i), DataIntegrityVerifier.unknownSuite(proofs.get(i)));
            }
        }
        for (int index : order()) {
            if (controllerVerified || failed) {
                break;
            }
            examine(index, new HashSet<>());
        }
        List<ProofOutcome> listed = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            listed.add(outcomes[i] != null ? outcomes[i] : notChecked(i));
        }
        return listed;
    }

    /** The proofs whose verification method is under the controller's id first, then the others, each in order. */
    private List<Integer> order() {
        List<Integer> first = new ArrayList<>();
        List<Integer> then = new ArrayList<>();
        for (int i = 0; i < proofs.size(); i++) {
            String method = proofs.get(i).path("verificationMethod").asText("");
            boolean looksLikeController =
                    controller != null && (method.equals(controller) || method.startsWith(controller + "#"));
            (looksLikeController ? first : then).add(i);
        }
        first.addAll(then);
        return first;
    }

    private ProofOutcome examine(int index, Set<Integer> chain) {
        if (outcomes[index] != null) {
            return outcomes[index];
        }
        ObjectNode proof = proofs.get(index);
        chain.add(index);
        for (String previous : previousProofs(proof)) {
            int named = indexOf(previous);
            if (named < 0 || chain.contains(named)) {
                return record(
                        index,
                        new ProofOutcome.Failed(
                                label(index),
                                named < 0
                                        ? "its previousProof names " + previous + ", which the document does not carry"
                                        : "its previousProof " + previous + " leads back to itself"));
            }
            ProofOutcome before = examine(named, chain);
            if (before instanceof ProofOutcome.NotChecked) {
                return before;
            }
            if (!(before instanceof ProofOutcome.Verified)) {
                return record(
                        index,
                        new ProofOutcome.Failed(
                                label(index),
                                "its previous proof " + previous + " does not verify, so neither does it"));
            }
        }
        if (limitReached == null && examined >= limits.maxProofs()) {
            limitReached = "Laurel examines at most " + limits.maxProofs() + " proofs of a document";
        } else if (limitReached == null && System.nanoTime() - deadline > 0) {
            limitReached = "the time for checking proofs (" + limits.maxTime().toMillis() + " ms) ran out";
        }
        if (limitReached != null) {
            return new ProofOutcome.NotChecked(label(index), "not checked: " + limitReached, true);
        }
        examined++;
        ProofOutcome outcome =
                switch (verifier.verifyProof(document, proof, proofs, purpose, now)) {
                    case ProofResult.Valid valid ->
                        new ProofOutcome.Verified(label(index), valid.method(), valid.description());
                    case ProofResult.Invalid invalid -> new ProofOutcome.Failed(label(index), invalid.message());
                };
        return record(index, outcome);
    }

    private ProofOutcome record(int index, ProofOutcome outcome) {
        outcomes[index] = outcome;
        if (outcome instanceof ProofOutcome.Failed) {
            failed = true;
        }
        if (outcome instanceof ProofOutcome.Verified verified
                && controller != null
                && controller.equals(verified.method().controller())) {
            controllerVerified = true;
        }
        return outcome;
    }

    /** Why a proof left unexamined was: after {@link #examine()}'s loop, one of the three reasons holds. */
    private ProofOutcome notChecked(int index) {
        if (controllerVerified) {
            return new ProofOutcome.NotChecked(
                    label(index), "not checked: a proof by " + controller + " verified already", false);
        }
        if (failed) {
            return new ProofOutcome.NotChecked(label(index), "not checked: another proof failed", false);
        }
        return new ProofOutcome.NotChecked(label(index), "not checked: " + limitReached, true);
    }

    private String label(int index) {
        return proofs.size() == 1 ? "" : "proof " + (index + 1) + " of " + proofs.size();
    }

    private int indexOf(String id) {
        for (int i = 0; i < proofs.size(); i++) {
            if (id.equals(proofs.get(i).path("id").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    static List<String> previousProofs(ObjectNode proof) {
        JsonNode previous = proof.get("previousProof");
        List<String> ids = new ArrayList<>();
        if (previous == null) {
            return ids;
        }
        if (previous.isTextual()) {
            ids.add(previous.asText());
        } else {
            previous.forEach(id -> ids.add(id.asText()));
        }
        return ids;
    }
}
