package dev.laurel.credentials.jsonld;

import java.net.URI;

/**
 * Whether a string reaches RDF as an IRI on the general path: {@link DroppedValues} accepts it (an absolute IRI by its
 * pattern) and the processor's conversion to RDF keeps it ({@code java.net.URI} parses it as absolute; anything else
 * is silently left out).
 *
 * <p>Most IRIs in credentials are plain ASCII URLs, URNs and DIDs; those are recognized by one scan whose accepted
 * strings both checks accept. Anything else (non-ASCII characters, IPv6 hosts, unusual escapes) is asked of both checks
 * themselves.
 */
final class AbsoluteIris {

    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            PLAIN[c] = true;
            PLAIN[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            PLAIN[c] = true;
        }
        for (char c : "-._~!$&'()*+,;=:@/?".toCharArray()) {
            PLAIN[c] = true;
        }
    }

    private AbsoluteIris() {}

    /** True when {@code value} is an absolute IRI that the general path keeps. */
    static boolean isAbsolute(String value) {
        return isPlain(value) || isKeptByTheGeneralPath(value);
    }

    /** The two checks of the general path, as they are. */
    static boolean isKeptByTheGeneralPath(String value) {
        if (value.length() < 3 || !DroppedValues.ABSOLUTE_IRI.matcher(value).matches()) {
            return false;
        }
        try {
            return URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A scheme, a colon, and a non-empty rest of unreserved, reserved and percent-escaped ASCII characters with at most
     * one {@code #}, not starting with it, and a non-empty authority after {@code //}: both checks accept all of these.
     */
    static boolean isPlain(String value) {
        int length = value.length();
        if (length < 3 || !isLetter(value.charAt(0))) {
            return false;
        }
        int colon = 1;
        while (colon < length && isSchemeChar(value.charAt(colon))) {
            colon++;
        }
        int rest = colon + 1;
        if (colon >= length || value.charAt(colon) != ':' || rest >= length || value.charAt(rest) == '#') {
            return false;
        }
        if (value.startsWith("//", rest) && (rest + 2 >= length || "/?#".indexOf(value.charAt(rest + 2)) >= 0)) {
            return false;
        }
        boolean fragment = false;
        for (int i = rest; i < length; i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c == '#') {
                if (fragment) {
                    return false;
                }
                fragment = true;
            } else if (c >= 128 || !PLAIN[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSchemeChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
