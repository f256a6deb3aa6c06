package dev.laurel.bench;

/**
 * The default JMH run: one fork, five measured iterations of one second, after a warmup long enough to reach a steady
 * state. Titanium's JSON-LD code (most of the time of every benchmark that canonicalizes or verifies fully) keeps
 * getting faster for about 12 seconds of JIT compilation on two cores, so those benchmarks warm up for 16 seconds; the
 * JWT ones are steady after 2. All of it takes about five minutes. {@code bench/run} passes its arguments to JMH,
 * whose options ({@code -f}, {@code -wi}, {@code -w}, {@code -i}, {@code -r}) override these.
 */
final class Settings {

    static final int FORKS = 1;

    static final int MEASUREMENT_ITERATIONS = 5;
    static final int MEASUREMENT_SECONDS = 1;

    static final int JSON_LD_WARMUP_ITERATIONS = 8;
    static final int JSON_LD_WARMUP_SECONDS = 2;

    static final int JWT_WARMUP_ITERATIONS = 3;
    static final int JWT_WARMUP_SECONDS = 1;

    private Settings() {}
}
