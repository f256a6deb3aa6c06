package dev.laurel.credentials.rdf;

import java.io.Serial;

/**
 * Canonicalization stopped because the dataset needed more work than the {@link Canonicalizer}'s limits allow.
 *
 * <p>RDFC-1.0 is exponential in the worst case: a dataset of many blank nodes that cannot be told apart (a clique, a
 * poisoned graph) makes Hash N-Degree Quads try every permutation of them. Such a dataset is treated as a denial of
 * service attempt, as the specification's "Dataset Poisoning" section recommends. Real credentials stay far below the
 * default limits.
 */
public final class CanonicalizationLimitException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Which limit was exceeded. */
    public enum Limit {
        /** {@link Canonicalizer#maxSteps()}: calls of Hash N-Degree Quads plus the permutations they try. */
        STEPS,
        /** {@link Canonicalizer#maxRecursionDepth()}: nested calls of Hash N-Degree Quads. */
        RECURSION_DEPTH
    }

    private final Limit limit;
    private final long maximum;

    CanonicalizationLimitException(Limit limit, long maximum) {
        super(switch (limit) {
                    case STEPS ->
                        "RDFC-1.0 canonicalization aborted after " + maximum
                                + " steps (Hash N-Degree Quads calls and permutations), the configured maximum";
                    case RECURSION_DEPTH ->
                        "RDFC-1.0 canonicalization aborted: Hash N-Degree Quads recursed deeper" + " than " + maximum
                                + ", the configured maximum";
                }
                + "; the dataset's blank nodes are too alike to label in reasonable time, as in a poisoned dataset");
        this.limit = limit;
        this.maximum = maximum;
    }

    /** Which limit was exceeded. */
    public Limit limit() {
        return limit;
    }

    /** The configured maximum that was exceeded. */
    public long maximum() {
        return maximum;
    }
}
