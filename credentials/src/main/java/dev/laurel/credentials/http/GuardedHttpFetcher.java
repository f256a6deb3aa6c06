package dev.laurel.credentials.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The default {@link HttpFetcher}: GET over HTTPS (and HTTP unless refused), guarded against server-side request
 * forgery.
 *
 * <p>Before each request, and again for every redirect, the host's addresses are resolved and the fetch is refused
 * when any is loopback, private, link-local, unique-local, multicast or otherwise reserved — unless {@link
 * Builder#allowPrivateAddresses(boolean)} says otherwise (tests serving fixtures on localhost). Bodies larger than
 * the size limit and responses slower than the timeout fail. A residual risk remains between the check and the
 * connection (DNS rebinding within the resolver's cache time); deployments that need more should route fetches
 * through an egress proxy. Thread-safe.
 */
public final class GuardedHttpFetcher implements HttpFetcher {

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final boolean allowPrivateAddresses;
    private final boolean allowPlainHttp;

    private GuardedHttpFetcher(Builder builder) {
        this.timeout = builder.timeout;
        this.maxBytes = builder.maxBytes;
        this.maxRedirects = builder.maxRedirects;
        this.allowPrivateAddresses = builder.allowPrivateAddresses;
        this.allowPlainHttp = builder.allowPlainHttp;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** A fetcher with the defaults: public addresses only, 10 s, 2 MiB, 3 redirects, HTTP and HTTPS. */
    public static GuardedHttpFetcher standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public FetchResult fetch(URI url, String accept) {
        URI current = url;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            Optional<String> refused = refusal(current);
            if (refused.isPresent()) {
                return new FetchResult.Failed(url, refused.get());
            }
            HttpResponse<InputStream> response;
            try {
                HttpRequest request = HttpRequest.newBuilder(current)
                        .timeout(timeout)
                        .header("Accept", accept)
                        .header("User-Agent", "Laurel-Verifier/0.1")
                        .GET()
                        .build();
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException | IllegalArgumentException e) {
                return new FetchResult.Failed(url, "could not fetch " + current + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchResult.Failed(url, "interrupted while fetching " + current);
            }
            int status = response.statusCode();
            if (status >= 300
                    && status < 400
                    && response.headers().firstValue("Location").isPresent()) {
                closeQuietly(response.body());
                current = current.resolve(
                        response.headers().firstValue("Location").get());
                continue;
            }
            if (status < 200 || status >= 300) {
                closeQuietly(response.body());
                return new FetchResult.Failed(url, current + " answered HTTP " + status, status);
            }
            return readBody(url, current, response);
        }
        return new FetchResult.Failed(url, "too many redirects fetching " + url);
    }

    private FetchResult readBody(URI url, URI current, HttpResponse<InputStream> response) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
            closeQuietly(response.body());
            return new FetchResult.Failed(url, current + " is larger than the " + maxBytes + "-byte limit");
        }
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                return new FetchResult.Failed(url, current + " is larger than the " + maxBytes + "-byte limit");
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new FetchResult.Fetched(url, type, body);
        } catch (IOException e) {
            return new FetchResult.Failed(url, "could not read " + current + ": " + describe(e));
        }
    }

    /** Why {@code url} must not be fetched, or empty. */
    Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowPlainHttp)) {
            return Optional.of("refused to fetch " + url + ": only " + (allowPlainHttp ? "http and https" : "https")
                    + " URLs are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("refused to fetch " + url + ": the URL has no host");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("refused to fetch " + url + ": URLs with user information are not fetched");
        }
        if (allowPrivateAddresses) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                Optional<String> why = AddressPolicy.refusal(address);
                if (why.isPresent()) {
                    return Optional.of("refused to fetch " + url + ": " + host + " resolves to " + why.get() + " ("
                            + address.getHostAddress() + ")");
                }
            }
        } catch (UnknownHostException e) {
            return Optional.of("could not fetch " + url + ": unknown host " + host);
        }
        return Optional.empty();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the response is abandoned either way
        }
    }

    /** Settings for a {@link GuardedHttpFetcher}. */
    public static final class Builder {
        private Duration timeout = Duration.ofSeconds(10);
        private long maxBytes = 2L * 1024 * 1024;
        private int maxRedirects = 3;
        private boolean allowPrivateAddresses;
        private boolean allowPlainHttp = true;

        private Builder() {}

        /** Connect and whole-response timeout. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The largest body accepted. */
        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public Builder maxRedirects(int maxRedirects) {
            this.maxRedirects = maxRedirects;
            return this;
        }

        /** Allows loopback and private addresses: for tests and closed networks only. */
        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        /** Whether plain {@code http:} URLs are fetched (Open Badges 2.0 hosted assertions often are). */
        public Builder allowPlainHttp(boolean allow) {
            this.allowPlainHttp = allow;
            return this;
        }

        public GuardedHttpFetcher build() {
            return new GuardedHttpFetcher(this);
        }
    }
}
