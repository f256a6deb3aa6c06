package dev.laurel.credentials.did;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.http.HttpFetcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingResolverTest {

    private static final String KEY =
            "did:key:z6MkkZPGj5maxa8ReCWWLqUopFDS6AsiJqLoHGJ8eASihMEi#z6MkkZPGj5maxa8ReCWWLqUopFDS6AsiJqLoHGJ8eASihMEi";
    private static final String OTHER =
            "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";

    private final List<String> asked = new ArrayList<>();
    private final MovableClock clock = new MovableClock();
    private final VerificationMethodResolver counting = url -> {
        asked.add(url);
        return new DidResolver(HttpFetcher.offline()).resolve(url);
    };

    @Test
    void resolvesAMethodOnceWhileItLives() {
        CachingResolver resolver = new CachingResolver(counting, clock, Duration.ofMinutes(5), 10);
        Resolution first = resolver.resolve(KEY);
        clock.advance(Duration.ofMinutes(4));
        assertThat(resolver.resolve(KEY)).isSameAs(first);
        assertThat(asked).containsExactly(KEY);
    }

    @Test
    void resolvesAgainOnceTheTimeToLiveHasPassed() {
        CachingResolver resolver = new CachingResolver(counting, clock, Duration.ofMinutes(5), 10);
        resolver.resolve(KEY);
        clock.advance(Duration.ofMinutes(5));
        resolver.resolve(KEY);
        assertThat(asked).containsExactly(KEY, KEY);
    }

    @Test
    void asksAgainForWhatCouldNotBeResolved() {
        CachingResolver resolver = new CachingResolver(counting, clock, Duration.ofMinutes(5), 10);
        assertThat(resolver.resolve("did:web:example.edu#key-1")).isInstanceOf(Resolution.Unresolved.class);
        resolver.resolve("did:web:example.edu#key-1");
        assertThat(asked).hasSize(2);
    }

    @Test
    void keepsTheMostRecentlyUsedMethodsWhenFull() {
        CachingResolver resolver = new CachingResolver(counting, clock, Duration.ofMinutes(5), 1);
        resolver.resolve(KEY);
        resolver.resolve(OTHER);
        resolver.resolve(OTHER);
        resolver.resolve(KEY);
        assertThat(asked).containsExactly(KEY, OTHER, KEY);
    }

    /** A clock tests move forward. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
