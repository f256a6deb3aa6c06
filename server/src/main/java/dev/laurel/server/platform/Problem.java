package dev.laurel.server.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A request refused with a stable {@link ErrorCode}: the one exception modules throw to answer a problem, carrying
 * the detail, any extension members ({@code errors}, {@code field}) and response headers ({@code Retry-After}).
 * {@link Problems} writes it. Immutable: {@link #with} and {@link #header} return a copy. No stack trace is taken, as
 * a refusal is an answer, not a bug.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode code;
    private final String title;
    private final transient Map<String, Object> properties;
    private final transient Map<String, String> headers;

    public Problem(ErrorCode code, String detail) {
        this(code, detail, code.title(), Map.of(), Map.of());
    }

    private Problem(
            ErrorCode code, String detail, String title, Map<String, Object> properties, Map<String, String> headers) {
        super(detail, null, false, false);
        this.code = code;
        this.title = title;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** This problem with the extension member {@code name} (after those it has). */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new Problem(code, getMessage(), title, more, headers);
    }

    /** This problem answered with the response header {@code name}. */
    public Problem header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Problem(code, getMessage(), title, properties, more);
    }

    /** This problem with a title other than its code's: a translated one. */
    public Problem titled(String title) {
        return new Problem(code, getMessage(), title, properties, headers);
    }

    public ErrorCode code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public String title() {
        return title;
    }

    /** The extension members, in the order they were added. */
    public Map<String, Object> properties() {
        return properties;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The problem behind {@code failure}: itself or its nearest cause that is one — a problem thrown where a library
     * wraps what it catches (a body over its limit, read by a JSON parser).
     */
    public static Optional<Problem> behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** Whether this problem has {@code code}. */
    public boolean is(ErrorCode code) {
        return this.code == code;
    }
}
