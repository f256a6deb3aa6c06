package dev.laurel.server.platform;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import java.net.URI;
import java.util.concurrent.Semaphore;

/**
 * At most {@code max} fetches at once on this instance ({@code laurel.fetch.max-concurrent}): each may hold a
 * connection for the fetcher's whole deadline, so a burst of verifications cannot tie up the instance's outbound
 * connections. One more fails at once, without waiting, saying the server is busy — a failed fetch like any other,
 * which the caller reports. Thread-safe.
 */
final class CappedFetcher implements HttpFetcher {

    private final HttpFetcher fetcher;
    private final Semaphore slots;

    CappedFetcher(HttpFetcher fetcher, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("laurel.fetch.max-concurrent must be at least 1");
        }
        this.fetcher = fetcher;
        this.slots = new Semaphore(max);
    }

    @Override
    public FetchResult fetch(URI url, String accept) {
        if (!slots.tryAcquire()) {
            return new FetchResult.Failed(
                    url, "did not fetch " + url + ": the server is busy with other fetches, try again in a moment");
        }
        try {
            return fetcher.fetch(url, accept);
        } finally {
            slots.release();
        }
    }
}
