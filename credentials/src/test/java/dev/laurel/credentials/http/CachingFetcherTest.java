package dev.laurel.credentials.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingFetcherTest {

    private static final URI LIST = URI.create("https://example.edu/status/1");
    private static final URI DOWN = URI.create("https://down.example/status/1");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final List<URI> fetched = new ArrayList<>();
    private final HttpFetcher counting = (url, accept) -> {
        fetched.add(url);
        return url.equals(DOWN)
                ? new FetchResult.Failed(url, "unreachable")
                : new FetchResult.Fetched(url, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    };

    @Test
    void fetchesAStatusListOnceWhileItLives() {
        HttpFetcher cached = new CachingFetcher(counting, clock(START), Duration.ofMinutes(5), 10, 1024);
        cached.fetch(LIST, "application/json");
        cached.fetch(LIST, "application/json");
        assertThat(fetched).containsExactly(LIST);
    }

    @Test
    void fetchesAgainOnceTheTimeToLiveHasPassed() {
        Instant[] now = {START};
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        HttpFetcher cached = new CachingFetcher(counting, clock, Duration.ofMinutes(5), 10, 1024);
        cached.fetch(LIST, "application/json");
        now[0] = START.plus(Duration.ofMinutes(6));
        cached.fetch(LIST, "application/json");
        assertThat(fetched).containsExactly(LIST, LIST);
    }

    @Test
    void triesAFailedFetchAgain() {
        HttpFetcher cached = new CachingFetcher(counting, clock(START), Duration.ofMinutes(5), 10, 1024);
        assertThat(cached.fetch(DOWN, "application/json")).isInstanceOf(FetchResult.Failed.class);
        cached.fetch(DOWN, "application/json");
        assertThat(fetched).containsExactly(DOWN, DOWN);
    }

    @Test
    void doesNotKeepBodiesLargerThanItsLimit() {
        HttpFetcher cached = new CachingFetcher(counting, clock(START), Duration.ofMinutes(5), 10, 1);
        cached.fetch(LIST, "application/json");
        cached.fetch(LIST, "application/json");
        assertThat(fetched).containsExactly(LIST, LIST);
    }

    private static Clock clock(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
