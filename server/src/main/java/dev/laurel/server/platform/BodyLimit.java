package dev.laurel.server.platform;

import java.util.Objects;

/**
 * The largest request body a route takes: a module declares one as a bean for the paths it owns ({@code route} a
 * Spring path pattern such as {@code /api/**}; the most specific matching route applies). {@link BodyLimits} counts
 * every body on those routes as it is read, announced length or not (chunked), and answers a problem of {@code code}
 * (413) past {@code maxBytes}.
 */
public record BodyLimit(String route, long maxBytes, ErrorCode code) {

    public BodyLimit {
        Objects.requireNonNull(route);
        Objects.requireNonNull(code);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a body limit must be at least 1 byte, not " + maxBytes);
        }
    }

    /** The refusal of a body over this limit. */
    Problem problem() {
        return code.problem("The request body is larger than " + maxBytes + " bytes.")
                .with("maxBytes", maxBytes);
    }
}
