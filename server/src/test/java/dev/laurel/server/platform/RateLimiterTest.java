package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves. */
    static final class Time implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void seconds(double seconds) {
            nanos += (long) (seconds * 1_000_000_000L);
        }
    }

    @Test
    void allowsTheLimitAtOnceThenRefillsOneRequestPerShareOfAMinute() {
        Time time = new Time();
        RateLimiter<UUID> limiter = new RateLimiter<>(time, 1000);
        UUID key = UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            RateLimiter.Decision decision = limiter.take(key, () -> 6);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(5 - i);
        }
        RateLimiter.Decision refused = limiter.take(key, () -> 6);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(6);
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);

        time.seconds(9.5);
        assertThat(limiter.take(key, () -> 6).retryAfterSeconds()).isEqualTo(1);
        time.seconds(0.5);
        assertThat(limiter.take(key, () -> 6).allowed()).isTrue();
        assertThat(limiter.take(key, () -> 6).allowed()).isFalse();
    }

    @Test
    void countsEachKeyOnItsOwnAndAsksItsLimitOnce() {
        RateLimiter<UUID> limiter = new RateLimiter<>(new Time(), 1000);
        AtomicInteger asked = new AtomicInteger();
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        assertThat(limiter.take(one, () -> {
                            asked.incrementAndGet();
                            return 1;
                        })
                        .allowed())
                .isTrue();
        assertThat(limiter.take(one, () -> {
                            asked.incrementAndGet();
                            return 1;
                        })
                        .allowed())
                .isFalse();
        assertThat(asked).hasValue(1);
        assertThat(limiter.take(two, () -> 1).allowed()).isTrue();
    }

    @Test
    void keepsAtMostItsKeysForgettingThoseIdleForAMinute() {
        Time time = new Time();
        RateLimiter<String> limiter = new RateLimiter<>(time, 3);
        limiter.take("busy", () -> 6);
        limiter.take("idle", () -> 6);
        time.seconds(60);
        limiter.take("busy", () -> 6);
        limiter.take("third", () -> 6);
        limiter.take("fourth", () -> 6);

        assertThat(limiter.keys()).isEqualTo(3);
        assertThat(limiter.take("busy", () -> 6).remaining())
                .as("the busy key's bucket is kept")
                .isEqualTo(4);
    }
}
