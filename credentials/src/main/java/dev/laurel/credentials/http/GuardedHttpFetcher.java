package dev.laurel.credentials.http;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The default {@link HttpFetcher}: GET over HTTPS (and HTTP unless refused), guarded against server-side request
 * forgery.
 *
 * <p>Before each request, and again for every redirect, the host's addresses are resolved and the fetch is refused
 * when any is loopback, private, link-local, unique-local, multicast or otherwise reserved — unless {@link
 * Builder#allowPrivateAddresses(boolean)} says otherwise (tests serving fixtures on localhost). The refusal says only
 * "not a public address", and says the same of a host that does not resolve at all — were they told apart, anyone
 * could learn which internal names exist; how the host resolved, or that it did not, goes to the log ({@code
 * System.Logger} named after this class, INFO).
 * Bodies larger than the size limit fail, and so does a fetch not done within the timeout: one deadline covers the
 * whole exchange, redirects and body included, so a server trickling its answer cannot hold a fetch longer. A residual
 * risk remains between the check and the connection (DNS rebinding within the resolver's cache time); deployments that
 * need more should route fetches through an egress proxy. Thread-safe.
 */
public final class GuardedHttpFetcher implements HttpFetcher {

    private static final System.Logger LOG = System.getLogger(GuardedHttpFetcher.class.getName());

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
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current = url;
        for (int hop = 0; hop <= maxRedirects; hop++) {
            Optional<String> refused = refusal(current);
            if (refused.isPresent()) {
                return new FetchResult.Failed(url, refused.get());
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return timedOut(url, current);
            }
            CompletableFuture<HttpResponse<Optional<byte[]>>> exchange;
            try {
                HttpRequest request = HttpRequest.newBuilder(current)
                        .timeout(Duration.ofNanos(remaining))
                        .header("Accept", accept)
                        .header("User-Agent", "Laurel-Verifier/0.1")
                        .GET()
                        .build();
                exchange = client.sendAsync(request, this::body);
            } catch (IllegalArgumentException e) {
                return new FetchResult.Failed(url, "could not fetch " + current + ": " + describe(e));
            }
            HttpResponse<Optional<byte[]>> response;
            try {
                response = exchange.get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                return timedOut(url, current);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof HttpTimeoutException) {
                    return timedOut(url, current);
                }
                return new FetchResult.Failed(url, "could not fetch " + current + ": " + describe(cause));
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                return new FetchResult.Failed(url, "interrupted while fetching " + current);
            }
            int status = response.statusCode();
            if (status >= 300
                    && status < 400
                    && response.headers().firstValue("Location").isPresent()) {
                current = current.resolve(
                        response.headers().firstValue("Location").get());
                continue;
            }
            if (status < 200 || status >= 300) {
                return new FetchResult.Failed(url, current + " answered HTTP " + status, status);
            }
            if (response.body().isEmpty()) {
                return new FetchResult.Failed(url, current + " is larger than the " + maxBytes + "-byte limit");
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new FetchResult.Fetched(url, type, response.body().get());
        }
        return new FetchResult.Failed(url, "too many redirects fetching " + url);
    }

    /**
     * Reads a 2xx body up to the size limit (none when its declared length is over it); drops any other body, which is
     * not used.
     */
    private HttpResponse.BodySubscriber<Optional<byte[]>> body(HttpResponse.ResponseInfo info) {
        boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (!success || declared > maxBytes) {
            return new LimitedBody(0);
        }
        return new LimitedBody(maxBytes);
    }

    private FetchResult timedOut(URI url, URI current) {
        return new FetchResult.Failed(
                url, "could not fetch " + current + ": timed out after " + timeout.toMillis() + " ms");
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
                    LOG.log(
                            Level.INFO,
                            "refused to fetch {0}: {1} resolves to {2} ({3})",
                            url,
                            host,
                            why.get(),
                            address.getHostAddress());
                    return Optional.of(notPublic(url));
                }
            }
        } catch (UnknownHostException e) {
            LOG.log(Level.INFO, "refused to fetch {0}: {1} does not resolve", url, host);
            return Optional.of(notPublic(url));
        }
        return Optional.empty();
    }

    private static String notPublic(URI url) {
        return "refused to fetch " + url + ": not a public address";
    }

    /** What went wrong, in words: never the exception's class name. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
        return switch (e) {
            case java.net.ConnectException refused -> "the connection was refused" + message;
            case UnknownHostException unknown -> "unknown host" + message;
            case javax.net.ssl.SSLException tls -> "the TLS connection failed" + message;
            case java.io.IOException io -> "a network error" + message;
            case IllegalArgumentException invalid -> "not a URL that can be requested" + message;
            default -> "the request failed" + message;
        };
    }

    /** Settings for a {@link GuardedHttpFetcher}. */
    public static final class Builder {
        private Duration timeout = Duration.ofSeconds(10);
        private long maxBytes = 2L * 1024 * 1024;
        private int maxRedirects = 3;
        private boolean allowPrivateAddresses;
        private boolean allowPlainHttp = true;

        private Builder() {}

        /** The deadline for a whole fetch: connecting, every redirect, headers and body (10 s by default). */
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
