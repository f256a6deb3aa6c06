package dev.laurel.credentials.rdf;

import java.util.Comparator;

/**
 * Unicode code point order of strings, which RDFC-1.0 uses for every sort. Java's {@link String#compareTo} orders by
 * UTF-16 code unit, which agrees except when characters U+E000–U+FFFF meet supplementary characters (surrogate pairs).
 */
final class CodePointOrder {

    static final Comparator<CharSequence> COMPARATOR = CodePointOrder::compare;

    private CodePointOrder() {}

    static int compare(CharSequence a, CharSequence b) {
        int length = Math.min(a.length(), b.length());
        for (int i = 0; i < length; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
                    return shiftSurrogatesUp(x) - shiftSurrogatesUp(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Whether {@code s} has a character at or above the surrogates, where code unit and code point order part. */
    static boolean needsCodePointOrder(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= Character.MIN_SURROGATE) {
                return true;
            }
        }
        return false;
    }

    /** Maps surrogates above U+E000–U+FFFF, so that a supplementary character sorts after every BMP character. */
    private static int shiftSurrogatesUp(char c) {
        return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
    }
}
