package dev.laurel.server.platform;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;

/**
 * A token bucket per key (an API key, a client's address), in this node's memory: a key may make {@code perMinute}
 * requests at once, and one more each {@code 60 / perMinute} seconds. With several nodes each counts on its own, so
 * a key may reach the limit once per node. At most {@code maxKeys} buckets are kept: when a new key would pass that,
 * the buckets back to full (keys idle for a minute) are forgotten, and if none is, all are. Thread-safe.
 *
 * @param <K> what is counted apart
 */
public final class RateLimiter<K> {

    /** Whether a request may go ahead; when not, how long until it may. */
    public record Decision(boolean allowed, int limit, long remaining, long retryAfterSeconds) {}

    private record Limited(int perMinute, Bucket bucket) {}

    private final TimeMeter time;
    private final int maxKeys;
    private final ConcurrentMap<K, Limited> buckets = new ConcurrentHashMap<>();
    private final ReentrantLock pruning = new ReentrantLock();

    /** A limiter on the system's clock keeping at most {@code maxKeys} buckets. */
    public RateLimiter(int maxKeys) {
        this(TimeMeter.SYSTEM_MILLISECONDS, maxKeys);
    }

    /** A limiter on {@code time} (a test's clock) keeping at most {@code maxKeys} buckets. */
    public RateLimiter(TimeMeter time, int maxKeys) {
        this.time = time;
        this.maxKeys = maxKeys;
    }

    /** Takes one request from {@code key}'s bucket; {@code perMinute} is asked once, when the bucket is made. */
    public Decision take(K key, IntSupplier perMinute) {
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            prune();
        }
        Limited limited = buckets.computeIfAbsent(key, k -> limited(perMinute.getAsInt()));
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, limited.perMinute(), probe.getRemainingTokens(), 0);
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, limited.perMinute(), 0, seconds);
    }

    /** How many keys have a bucket. */
    int keys() {
        return buckets.size();
    }

    private void prune() {
        if (!pruning.tryLock()) {
            return;
        }
        try {
            buckets.values().removeIf(limited -> limited.bucket().getAvailableTokens() >= limited.perMinute());
            if (buckets.size() >= maxKeys) {
                buckets.clear();
            }
        } finally {
            pruning.unlock();
        }
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
