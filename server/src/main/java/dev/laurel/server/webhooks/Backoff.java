package dev.laurel.server.webhooks;

import java.time.Duration;
import java.util.List;

/**
 * When a failed delivery is tried again: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, then every 4 h, each plus up to 10 %
 * jitter so that receivers recovering from an outage are not hit by every retry at once. Automatic retries stop 24 h
 * after the event ({@link #WINDOW}): about 12 attempts.
 */
final class Backoff {

    static final Duration WINDOW = Duration.ofHours(24);

    static final List<Duration> SCHEDULE = List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofHours(2),
            Duration.ofHours(4));

    private Backoff() {}

    /** The wait after {@code failures} failed attempts (1 or more), before jitter. */
    static Duration after(int failures) {
        return SCHEDULE.get(Math.min(Math.max(failures, 1), SCHEDULE.size()) - 1);
    }

    /** {@link #after} plus {@code jitter} (0 to 1) of a tenth of it. */
    static Duration after(int failures, double jitter) {
        Duration wait = after(failures);
        return wait.plusMillis((long) (wait.toMillis() * 0.1 * jitter));
    }
}
