package dev.laurel.credentials.proof;

import dev.laurel.credentials.did.VerificationMethod;

/**
 * What became of one proof of a document that may carry several (a proof set or chain), in the words of a report
 * line. {@link #label()} names the proof ({@code proof 2 of 3}), or is empty when the document has one proof.
 */
public sealed interface ProofOutcome {

    String label();

    /** What was found, for a person. */
    String message();

    /** The signature is valid under {@code method}'s key. */
    record Verified(String label, VerificationMethod method, String message) implements ProofOutcome {}

    /** The proof does not hold. */
    record Failed(String label, String message) implements ProofOutcome {}

    /** The proof's type or cryptosuite is not one Laurel verifies, so it was not checked. */
    record Unsupported(String label, String message) implements ProofOutcome {}

    /**
     * The proof was not examined: a proof by the expected controller already verified, an earlier proof failed, or
     * (when {@code limitReached}) the {@link ProofSetLimits} stopped the examination first.
     */
    record NotChecked(String label, String message, boolean limitReached) implements ProofOutcome {}
}
