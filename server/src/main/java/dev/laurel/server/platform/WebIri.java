package dev.laurel.server.platform;

/**
 * Whether a string is an absolute http(s) IRI as RFC 3987 writes one: {@code http} or {@code https}, {@code ://}, a
 * host, then only the characters an IRI allows — letters of any script, digits, {@code -._~}, the delimiters
 * {@code :/?#[]@!$&'()*+,;=} where the syntax puts them, and valid {@code %HH} escapes. Spaces, control characters and
 * {@code "<>\^`{|}} are refused. The one check every URL a badge, an organization or evidence carries passes before
 * it is saved, so that what is saved can always be written into a credential. Stateless and thread-safe.
 */
public final class WebIri {

    private static final String SUB_DELIMS = "!$&'()*+,;=";
    private static final String UNRESERVED = "-._~";

    private WebIri() {}

    /** True when {@code value} is an absolute http(s) IRI with a host; false for null. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        int start = schemeEnd(value);
        if (start < 0) {
            return false;
        }
        int authorityEnd = start;
        while (authorityEnd < value.length() && "/?#".indexOf(value.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        return authority(value.substring(start, authorityEnd)) && rest(value, authorityEnd);
    }

    /**
     * True when {@code value} is an absolute IRI of any scheme — {@code did:}, {@code urn:}, {@code data:}, {@code
     * mailto:} as well as http(s): a scheme, {@code :}, then only IRI characters, at most one {@code #}; an http(s)
     * one as {@link #isValid} has it. False for null.
     */
    public static boolean isAbsolute(String value) {
        if (value == null) {
            return false;
        }
        int colon = value.indexOf(':');
        String scheme = colon < 1 ? "" : value.substring(0, colon);
        if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return false;
        }
        if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
            return isValid(value);
        }
        return colon + 1 < value.length() && rest(value, colon + 1);
    }

    /** Where the authority starts after {@code http://} or {@code https://}, or -1. */
    private static int schemeEnd(String value) {
        for (String scheme : new String[] {"http://", "https://"}) {
            if (value.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return scheme.length();
            }
        }
        return -1;
    }

    /** {@code [userinfo@]host[:port]}, the host not empty. */
    private static boolean authority(String authority) {
        int at = authority.lastIndexOf('@');
        if (at >= 0 && !chars(authority, 0, at, ":")) {
            return false;
        }
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 2 || !hostPort.substring(1, close).matches("[0-9A-Fa-f:.]+|[vV][0-9A-Fa-f]+\\..+")) {
                return false;
            }
            host = hostPort.substring(0, close + 1);
        } else {
            int colon = hostPort.lastIndexOf(':');
            if (colon >= 0) {
                host = hostPort.substring(0, colon);
            }
            if (host.isEmpty() || !chars(host, 0, host.length(), "")) {
                return false;
            }
        }
        String port = hostPort.substring(host.length());
        return port.isEmpty() || port.matches(":[0-9]{0,5}");
    }

    /** The path, query and fragment: IRI characters, {@code :@/?} everywhere, one {@code #}. */
    private static boolean rest(String value, int from) {
        int hash = value.indexOf('#', from);
        int end = hash < 0 ? value.length() : hash;
        return chars(value, from, end, ":@/?") && (hash < 0 || chars(value, hash + 1, value.length(), ":@/?"));
    }

    /** Every character in {@code [from, to)} is unreserved, a sub-delimiter, one of {@code extra}, or an escape. */
    private static boolean chars(String value, int from, int to, String extra) {
        int i = from;
        while (i < to) {
            int c = value.codePointAt(i);
            if (c == '%') {
                if (i + 2 >= to || !hex(value.charAt(i + 1)) || !hex(value.charAt(i + 2))) {
                    return false;
                }
                i += 3;
                continue;
            }
            boolean allowed = c < 0x80
                    ? Character.isLetterOrDigit(c)
                            || UNRESERVED.indexOf(c) >= 0
                            || SUB_DELIMS.indexOf(c) >= 0
                            || extra.indexOf(c) >= 0
                    : isUcsChar(c);
            if (!allowed) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * RFC 3987's {@code ucschar} and {@code iprivate}: beyond ASCII, without controls, spaces, non-characters and the
     * bidirectional formatting characters its section 4.1 forbids.
     */
    private static boolean isUcsChar(int c) {
        return c >= 0xA0
                && c != 0x200E
                && c != 0x200F
                && !(c >= 0x202A && c <= 0x202E)
                && !Character.isSurrogate((char) Math.min(c, 0xFFFF))
                && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c)
                && !(c >= 0xFDD0 && c <= 0xFDEF)
                && (c & 0xFFFE) != 0xFFFE;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
