package dev.laurel.credentials.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link HttpFetcher} that remembers what another one fetched, for a time: status lists, which every credential of
 * an issuer points to, are fetched once per {@code ttl} instead of once per verification.
 *
 * <p>Only successful responses are remembered, by URL and Accept header, each until {@code ttl} after it was fetched
 * (by the injected {@link Clock}); a failure is tried again next time. At most {@code maxEntries} responses are kept,
 * the least recently used going first, and none larger than {@code maxBodyBytes}. Thread-safe when the wrapped fetcher
 * is; fetches run outside the cache's lock.
 */
public final class CachingFetcher implements HttpFetcher {

    private final HttpFetcher fetcher;
    private final Clock clock;
    private final Duration ttl;
    private final int maxBodyBytes;
    private final Map<Key, Remembered> entries;

    /**
     * @throws IllegalArgumentException when {@code ttl} is not positive, or {@code maxEntries} or {@code maxBodyBytes}
     *     is less than 1
     */
    public CachingFetcher(HttpFetcher fetcher, Clock clock, Duration ttl, int maxEntries, int maxBodyBytes) {
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("a cache needs a positive time to live and room for an entry");
        }
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = ttl;
        this.maxBodyBytes = maxBodyBytes;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Remembered> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public FetchResult fetch(URI url, String accept) {
        Key key = new Key(url, accept);
        Instant now = clock.instant();
        synchronized (entries) {
            Remembered entry = entries.get(key);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.result();
            }
        }
        FetchResult result = fetcher.fetch(url, accept);
        if (result instanceof FetchResult.Fetched fetched && fetched.body().length <= maxBodyBytes) {
            synchronized (entries) {
                entries.put(key, new Remembered(fetched, now.plus(ttl)));
            }
        }
        return result;
    }

    private record Key(URI url, String accept) {}

    private record Remembered(FetchResult result, Instant expires) {}
}
