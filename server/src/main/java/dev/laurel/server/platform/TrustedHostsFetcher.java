package dev.laurel.server.platform;

import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The guarded fetcher, except for the hosts the operator vouches for ({@code laurel.fetch.trusted-hosts}), which may
 * be on private or loopback addresses (an issuer on the intranet; a test's local server). A redirect from a trusted
 * host is trusted too. Thread-safe.
 */
final class TrustedHostsFetcher implements HttpFetcher {

    private final HttpFetcher guarded;
    private final HttpFetcher unguarded;
    private final Set<String> hosts;

    TrustedHostsFetcher(HttpFetcher guarded, HttpFetcher unguarded, Set<String> hosts) {
        this.guarded = guarded;
        this.unguarded = unguarded;
        this.hosts = hosts.stream()
                .map(String::strip)
                .filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public FetchResult fetch(URI url, String accept) {
        String host = url.getHost();
        boolean trusted = host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
        return (trusted ? unguarded : guarded).fetch(url, accept);
    }
}
