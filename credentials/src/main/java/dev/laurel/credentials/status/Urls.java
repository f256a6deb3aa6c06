package dev.laurel.credentials.status;

import java.net.URI;
import java.net.URISyntaxException;

/** The URL test status documents need: an absolute URI, such as {@code https://...} or a DID URL. */
final class Urls {
    private Urls() {}

    static boolean isAbsolute(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
