package dev.laurel.credentials.rdf;

import java.util.Collection;
import java.util.Objects;

/**
 * RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 2024): gives the blank nodes of a dataset labels that
 * depend only on the dataset's structure, so that isomorphic datasets produce the same canonical N-Quads.
 *
 * <p>The algorithm is followed step by step, including the choices that other implementations get wrong: blank nodes
 * used as graph names (position {@code g}), repeated mentions of one related node, the issuer copies of Hash N-Degree
 * Quads, and ties between equal paths. The W3C test suite and the Open Badges 3.0 reference vectors check it.
 *
 * <p>The input is a dataset, i.e. a set: duplicate quads count once. Blank nodes keep their labels as the input blank
 * node identifier map, so {@link CanonicalDataset#issuedIdentifiers()} relates them to canonical labels.
 *
 * <p>Work is bounded. A step is one call of Hash N-Degree Quads or one permutation of related blank nodes that a call
 * tries; a run may take at most {@link #maxSteps()} steps, and calls may nest at most {@link #maxRecursionDepth()}
 * deep (which also keeps the recursion well inside a thread's stack). Past either limit the run fails with {@link
 * CanonicalizationLimitException}. Datasets whose blank nodes all have distinct first degree hashes take no step at
 * all; a group of look-alike blank nodes (identical proofs in separate graphs) takes a few steps per node.
 *
 * <p>Instances are immutable and thread-safe; each call works on its own state.
 */
public final class Canonicalizer {

    /**
     * The default maximum number of steps per dataset: 10,000. The W3C RDFC-1.0 suite's hardest positive tests (the
     * "evil" poison graphs 044–046, which the suite expects to succeed) take 3,348 steps; the Open Badges 3.0
     * 'complete' credential, with four identical endorsement proofs in four graphs, takes 32; a dataset of 64 identical
     * proof graphs takes 320. The suite's 10-node clique would take billions; it is stopped after 10,000 steps, within
     * tens of milliseconds.
     */
    public static final long DEFAULT_MAX_STEPS = 10_000;

    /**
     * The default maximum nesting of Hash N-Degree Quads: 256. Nesting cannot exceed the number of blank nodes (each
     * level labels a new one), so credentials (up to ~50 blank nodes) never come near it, while 256 levels of three
     * small frames each fit in a 256 KiB thread stack.
     */
    public static final int DEFAULT_MAX_RECURSION_DEPTH = 256;

    private static final Canonicalizer RDFC_1_0 =
            new Canonicalizer(HashAlgorithm.SHA_256, DEFAULT_MAX_STEPS, DEFAULT_MAX_RECURSION_DEPTH);

    private final HashAlgorithm hashAlgorithm;
    private final long maxSteps;
    private final int maxRecursionDepth;

    private Canonicalizer(HashAlgorithm hashAlgorithm, long maxSteps, int maxRecursionDepth) {
        this.hashAlgorithm = hashAlgorithm;
        this.maxSteps = maxSteps;
        this.maxRecursionDepth = maxRecursionDepth;
    }

    /** RDFC-1.0 with SHA-256 and the default limits. */
    public static Canonicalizer rdfc10() {
        return RDFC_1_0;
    }

    /** This canonicalizer with another hash algorithm (RDFC-1.0 allows SHA-384 instead of SHA-256). */
    public Canonicalizer withHashAlgorithm(HashAlgorithm algorithm) {
        return new Canonicalizer(Objects.requireNonNull(algorithm, "algorithm"), maxSteps, maxRecursionDepth);
    }

    /**
     * This canonicalizer with another maximum number of steps per dataset.
     *
     * @throws IllegalArgumentException if {@code maxSteps} is negative
     */
    public Canonicalizer withMaxSteps(long maxSteps) {
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
        }
        return new Canonicalizer(hashAlgorithm, maxSteps, maxRecursionDepth);
    }

    /**
     * This canonicalizer with another maximum nesting of Hash N-Degree Quads. Deep nesting needs a large thread stack.
     *
     * @throws IllegalArgumentException if {@code maxRecursionDepth} is negative
     */
    public Canonicalizer withMaxRecursionDepth(int maxRecursionDepth) {
        if (maxRecursionDepth < 0) {
            throw new IllegalArgumentException("maxRecursionDepth must not be negative: " + maxRecursionDepth);
        }
        return new Canonicalizer(hashAlgorithm, maxSteps, maxRecursionDepth);
    }

    public HashAlgorithm hashAlgorithm() {
        return hashAlgorithm;
    }

    public long maxSteps() {
        return maxSteps;
    }

    public int maxRecursionDepth() {
        return maxRecursionDepth;
    }

    /**
     * Canonicalizes {@code dataset}.
     *
     * @param dataset the quads of the dataset, in any order; duplicates are ignored
     * @return the canonically labelled, sorted quads, the issued identifiers map and the canonical N-Quads
     * @throws CanonicalizationLimitException if the dataset needs more steps or deeper recursion than allowed
     */
    public CanonicalDataset canonicalize(Collection<Quad> dataset) {
        BlankNodeMentions mentions = new BlankNodeMentions(dataset);
        Hasher hasher = new Hasher(hashAlgorithm.newDigest());
        return new Canonicalization(mentions, hasher, maxSteps, maxRecursionDepth).run();
    }

    /**
     * The canonical N-Quads of {@code dataset}: what {@code canonicalize(dataset).nquads()} returns, without building
     * the relabelled quads and the identifier map (what Data Integrity proofs hash and sign).
     *
     * @throws CanonicalizationLimitException if the dataset needs more steps or deeper recursion than allowed
     */
    public String canonicalNQuads(Collection<Quad> dataset) {
        BlankNodeMentions mentions = new BlankNodeMentions(dataset);
        Hasher hasher = new Hasher(hashAlgorithm.newDigest());
        return new Canonicalization(mentions, hasher, maxSteps, maxRecursionDepth).runToNQuads();
    }

    @Override
    public String toString() {
        return "RDFC-1.0 (" + hashAlgorithm.jcaName() + ", at most " + maxSteps + " steps, recursion depth "
                + maxRecursionDepth + ")";
    }
}
