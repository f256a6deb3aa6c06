package dev.laurel.credentials.http;

import java.net.URI;

/**
 * Fetches a document over HTTP(S) for the verifier: DID documents, verification methods, status lists, Open Badges
 * 2.0 hosted assertions.
 *
 * <p>Implementations never throw for network or HTTP failures: they return {@link FetchResult.Failed} with a message
 * a person understands. They must be thread-safe. {@link GuardedHttpFetcher} is the default; tests inject fetchers
 * that serve fixtures.
 */
@FunctionalInterface
public interface HttpFetcher {

    /**
     * Fetches {@code url} with a GET request.
     *
     * @param accept the Accept header to send, e.g. {@code application/json}
     */
    FetchResult fetch(URI url, String accept);

    /** A fetcher that refuses everything: for verification that must stay offline. */
    static HttpFetcher offline() {
        return (url, accept) -> new FetchResult.Failed(url, "fetching " + url + " is disabled (offline verification)");
    }
}
