package dev.laurel.credentials.rdf;

/** Character classes of the N-Quads grammar: blank node labels ({@code PN_CHARS_U}, {@code PN_CHARS}), IRIs, hex. */
final class GrammarChars {

    private GrammarChars() {}

    static boolean isPnCharsBase(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= 0x00C0 && c <= 0x00D6)
                || (c >= 0x00D8 && c <= 0x00F6)
                || (c >= 0x00F8 && c <= 0x02FF)
                || (c >= 0x0370 && c <= 0x037D)
                || (c >= 0x037F && c <= 0x1FFF)
                || (c >= 0x200C && c <= 0x200D)
                || (c >= 0x2070 && c <= 0x218F)
                || (c >= 0x2C00 && c <= 0x2FEF)
                || (c >= 0x3001 && c <= 0xD7FF)
                || (c >= 0xF900 && c <= 0xFDCF)
                || (c >= 0xFDF0 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0xEFFFF);
    }

    static boolean isPnCharsU(int c) {
        return c == '_' || c == ':' || isPnCharsBase(c);
    }

    static boolean isPnChars(int c) {
        return isPnCharsU(c)
                || c == '-'
                || (c >= '0' && c <= '9')
                || c == 0x00B7
                || (c >= 0x0300 && c <= 0x036F)
                || (c >= 0x203F && c <= 0x2040);
    }

    /** Whether {@code IRIREF} admits {@code c}, written directly or escaped. */
    static boolean allowedInIri(int c) {
        return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' && c != '^' && c != '`'
                && c != '\\';
    }

    /** Whether {@code iri} starts with a scheme: a letter, then letters, digits, {@code + - .}, then a colon. */
    static boolean isAbsoluteIri(String iri) {
        if (iri.isEmpty() || !isAsciiLetter(iri.charAt(0))) {
            return false;
        }
        for (int i = 1; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiAlphanumeric(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return false;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiAlphanumeric(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
