package dev.laurel.bench;

/**
 * The default JMH run, short enough for every benchmark to finish in about five minutes on two cores. Benchmarks that
 * go through JSON-LD (Titanium's context processing is most of their time) reach a steady state only after several
 * seconds of JIT compilation, so they warm up longer than the JWT ones. {@code bench/run} passes its arguments to JMH,
 * whose options ({@code -f}, {@code -wi}, {@code -w}, {@code -i}, {@code -r}) override these.
 */
final class Settings {

    static final int FORKS = 2;

    static final int MEASUREMENT_ITERATIONS = 3;
    static final int MEASUREMENT_SECONDS = 1;

    static final int JSON_LD_WARMUP_ITERATIONS = 3;
    static final int JSON_LD_WARMUP_SECONDS = 2;

    static final int JWT_WARMUP_ITERATIONS = 2;
    static final int JWT_WARMUP_SECONDS = 1;

    private Settings() {}
}
