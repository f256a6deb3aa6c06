package dev.laurel.server.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntSupplier;

/**
 * A token bucket per API key, in this node's memory: a key may make {@code perMinute} requests at once, and one more
 * each {@code 60 / perMinute} seconds. With several nodes each counts on its own, so a key may reach the limit once
 * per node. Thread-safe.
 */
final class RateLimiter {

    /** Whether a request may go ahead; when not, how long until it may. */
    record Decision(boolean allowed, int limit, long remaining, long retryAfterSeconds) {}

    private record Limited(int perMinute, Bucket bucket) {}

    private final TimeMeter time;
    private final ConcurrentMap<UUID, Limited> buckets = new ConcurrentHashMap<>();

    RateLimiter(TimeMeter time) {
        this.time = time;
    }

    /** Takes one request from {@code key}'s bucket; {@code perMinute} is asked once, when the bucket is made. */
    Decision take(UUID key, IntSupplier perMinute) {
        Limited limited = buckets.computeIfAbsent(key, k -> limited(perMinute.getAsInt()));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, limited.perMinute(), probe.getRemainingTokens(), 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, limited.perMinute(), 0, seconds);
    }

    private Limited limited(int perMinute) {
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .withCustomTimePrecision(time)
                .build();
        return new Limited(perMinute, bucket);
    }
}
