package dev.laurel.credentials.bake;

/**
 * Byte-level primitives for scanning XML markup in an ASCII-compatible encoding such as UTF-8, where the markup
 * delimiters never occur inside a multi-byte character. Every method is total: out-of-range positions are not found.
 */
final class Markup {

    private Markup() {}

    static boolean startsWith(byte[] bytes, int position, String ascii) {
        if (position < 0 || position > bytes.length - ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[position + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first position at or after {@code from} where {@code ascii} starts, or -1. */
    static int indexOf(byte[] bytes, String ascii, int from) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i <= bytes.length - ascii.length(); i++) {
            if (startsWith(bytes, i, ascii)) {
                return i;
            }
        }
        return -1;
    }

    /** The position just after the first {@code ascii} at or after {@code from}, or -1. */
    static int after(byte[] bytes, String ascii, int from) {
        int found = indexOf(bytes, ascii, from);
        return found < 0 ? -1 : found + ascii.length();
    }

    static boolean isSpace(byte[] bytes, int position) {
        if (position < 0 || position >= bytes.length) {
            return false;
        }
        byte c = bytes[position];
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    static int skipSpace(byte[] bytes, int from) {
        int position = from;
        while (isSpace(bytes, position)) {
            position++;
        }
        return position;
    }

    /** The end of a name starting at {@code from}: the first space, {@code =}, {@code /}, {@code >} or the end. */
    static int nameEnd(byte[] bytes, int from) {
        int position = from;
        while (position < bytes.length
                && !isSpace(bytes, position)
                && bytes[position] != '='
                && bytes[position] != '/'
                && bytes[position] != '>'
                && bytes[position] != '<') {
            position++;
        }
        return position;
    }
}
