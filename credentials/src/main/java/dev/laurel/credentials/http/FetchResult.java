package dev.laurel.credentials.http;

import dev.laurel.credentials.json.Utf8;
import java.net.URI;

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

        /**
         * The body decoded as UTF-8.
         *
         * @throws dev.laurel.credentials.json.MalformedJsonException when the body is not UTF-8
         */
        public String text() {
            return Utf8.decode(body);
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
