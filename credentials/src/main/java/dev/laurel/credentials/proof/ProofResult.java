package dev.laurel.credentials.proof;

import dev.laurel.credentials.did.VerificationMethod;

/** The outcome of checking one proof: the key that made it, or why it does not hold. */
public sealed interface ProofResult {

    /** The signature is valid under {@code method}'s key. */
    record Valid(VerificationMethod method, String description) implements ProofResult {}

    /** The proof does not hold; {@code message} says why in words a person understands. */
    record Invalid(String message) implements ProofResult {}
}
