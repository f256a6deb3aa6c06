package dev.laurel.server.accounts;

/** A "continue to" address from a form or link, kept only when it is a path on this site (no open redirect). */
public final class LocalRedirect {

    private LocalRedirect() {}

    /** {@code target} when it is a local path, else {@code fallback}. */
    public static String orElse(String target, String fallback) {
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.startsWith("/\\")
                || target.contains("\r")
                || target.contains("\n")) {
            return fallback;
        }
        return target;
    }
}
