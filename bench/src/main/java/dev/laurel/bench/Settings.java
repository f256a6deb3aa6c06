package dev.laurel.bench;

/**
 * The default JMH run of every benchmark: one fork, 14 seconds of warmup, five measured iterations of one second — about
 * six minutes for all of them. The warmup is long because on two cores the JIT takes that long to reach a steady
 * state: Titanium's JSON-LD code keeps getting faster for about 12 seconds, the Ed25519 and P-256 code for about 8.
 * {@code bench/run} passes its arguments to JMH, whose options ({@code -f}, {@code -wi}, {@code -w}, {@code -i},
 * {@code -r}) override these.
 */
final class Settings {

    static final int FORKS = 1;

    static final int WARMUP_ITERATIONS = 7;
    static final int WARMUP_SECONDS = 2;

    static final int MEASUREMENT_ITERATIONS = 5;
    static final int MEASUREMENT_SECONDS = 1;

    private Settings() {}
}
