package dev.laurel.credentials.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The outcome of an HTTP fetch: the response body, or why there is none. */
public sealed interface FetchResult {

    /** The URL asked for. */
    URI url();

    /** A 2xx response. */
    record Fetched(URI url, String contentType, byte[] body) implements FetchResult {
        public Fetched {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        /** The body decoded as UTF-8. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * No usable response: refused address, network error, timeout, non-2xx status, body too large.
     *
     * @param status the HTTP status when the server answered with an error (e.g. 410 for a revoked Open Badges 2.0
     *     assertion), 0 when there was no answer
     */
    record Failed(URI url, String message, int status) implements FetchResult {

        /** A failure without an HTTP answer. */
        public Failed(URI url, String message) {
            this(url, message, 0);
        }
    }
}
