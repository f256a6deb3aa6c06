package dev.laurel.credentials.ob2;

import java.net.URI;
import java.util.Locale;

/**
 * A web origin: scheme, host and port, with the scheme's default port filled in.
 *
 * @param scheme {@code http} or {@code https}, lower case
 * @param host the host, lower case
 * @param port the port, explicit or the scheme's default
 */
record Origin(String scheme, String host, int port) {

    /** The origin of an http(s) URL with a host (see {@link Nodes#httpUrl(String)}). */
    static Origin of(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return new Origin(scheme, url.getHost().toLowerCase(Locale.ROOT), port);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
