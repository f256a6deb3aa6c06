package dev.laurel.credentials.did;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link VerificationMethodResolver} that remembers what another one resolved, for a time: a busy verifier resolves
 * each issuer's key once per {@code ttl} instead of fetching its DID document for every credential.
 *
 * <p>Only resolved methods are remembered, each until {@code ttl} after it was resolved (by the injected {@link
 * Clock}); an unresolved one is asked again next time, so a DID document that comes back is seen at once. At most
 * {@code maxEntries} methods are kept, the least recently used going first. Thread-safe when the wrapped resolver is;
 * resolutions run outside the cache's lock.
 */
public final class CachingResolver implements VerificationMethodResolver {

    private final VerificationMethodResolver resolver;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Remembered> entries;

    /**
     * @throws IllegalArgumentException when {@code ttl} is not positive or {@code maxEntries} is less than 1
     */
    public CachingResolver(VerificationMethodResolver resolver, Clock clock, Duration ttl, int maxEntries) {
        if (ttl.isNegative() || ttl.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("a cache needs a positive time to live and room for an entry");
        }
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public Resolution resolve(String verificationMethodUrl) {
        Instant now = clock.instant();
        synchronized (entries) {
            Remembered entry = entries.get(verificationMethodUrl);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.resolution();
            }
        }
        Resolution resolution = resolver.resolve(verificationMethodUrl);
        if (resolution instanceof Resolution.Resolved && verificationMethodUrl != null) {
            synchronized (entries) {
                entries.put(verificationMethodUrl, new Remembered(resolution, now.plus(ttl)));
            }
        }
        return resolution;
    }

    private record Remembered(Resolution resolution, Instant expires) {}
}
