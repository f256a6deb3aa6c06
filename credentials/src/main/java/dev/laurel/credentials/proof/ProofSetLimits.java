package dev.laurel.credentials.proof;

import java.time.Duration;

/**
 * How much work one document's proofs may cost: at most {@code maxProofs} proofs are examined (each may mean resolving
 * a key over the network), and no proof is begun once {@code maxTime} has passed since the first. A key resolution
 * under way is not interrupted; the fetcher's own time limits bound it.
 *
 * @param maxProofs the most proofs examined, at least 1; default {@value #DEFAULT_MAX_PROOFS}
 * @param maxTime the time after which no further proof is begun, positive; default 10 seconds
 */
public record ProofSetLimits(int maxProofs, Duration maxTime) {

    public static final int DEFAULT_MAX_PROOFS = 5;

    /** Five proofs, ten seconds: a credential rarely carries more than its issuer's proof and one or two others. */
    public static final ProofSetLimits DEFAULT = new ProofSetLimits(DEFAULT_MAX_PROOFS, Duration.ofSeconds(10));

    public ProofSetLimits {
        if (maxProofs < 1 || maxTime == null || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("proof set limits need at least one proof and a positive time");
        }
    }
}
