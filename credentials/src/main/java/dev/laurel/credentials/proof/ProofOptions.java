package dev.laurel.credentials.proof;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The options of a new Data Integrity proof.
 *
 * @param verificationMethod the URL of the key that signs (a did:key, did:web or https URL)
 * @param created when the proof is made, written to the second ({@code 2026-01-01T00:00:00Z}); null leaves it out
 * @param proofPurpose the relationship the key must have: {@code assertionMethod} for credentials, {@code
 *     authentication} for presentations
 * @param challenge the verifier's challenge the proof answers (presentations), or null
 * @param domain the domain the proof is meant for (presentations), or null
 */
public record ProofOptions(
        String verificationMethod, Instant created, String proofPurpose, String challenge, String domain) {

    public ProofOptions {
        if (verificationMethod == null || verificationMethod.isBlank()) {
            throw new IllegalArgumentException("a proof needs a verification method");
        }
        created = created == null ? null : created.truncatedTo(ChronoUnit.SECONDS);
        proofPurpose = proofPurpose == null ? "assertionMethod" : proofPurpose;
    }

    /** Options without a challenge or domain. */
    public ProofOptions(String verificationMethod, Instant created, String proofPurpose) {
        this(verificationMethod, created, proofPurpose, null, null);
    }

    /** Options for an {@code assertionMethod} proof made at {@code created}. */
    public static ProofOptions assertion(String verificationMethod, Instant created) {
        return new ProofOptions(verificationMethod, created, "assertionMethod");
    }

    /**
     * Options for an {@code authentication} proof on a presentation, answering the verifier's {@code challenge} for
     * its {@code domain} (either may be null).
     */
    public static ProofOptions authentication(
            String verificationMethod, Instant created, String challenge, String domain) {
        return new ProofOptions(verificationMethod, created, "authentication", challenge, domain);
    }
}
