package dev.laurel.credentials.bake;

import java.util.Optional;

/** Writes text into XML markup so that a conforming parser reads back exactly the same characters. */
final class XmlText {

    private XmlText() {}

    /**
     * The text as CDATA: {@code ]]>} splits the section, and a carriage return is written as a character reference
     * between sections, since a parser would turn a literal CR or CRLF into LF.
     */
    static String cdata(String text) {
        StringBuilder out = new StringBuilder("<![CDATA[");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("]]>&#13;<![CDATA[");
            } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                out.append("]]><![CDATA[>");
            } else {
                out.append(c);
            }
        }
        return out.append("]]>").toString();
    }

    /** The text escaped for a double-quoted attribute value; whitespace other than space survives normalization. */
    static String attributeValue(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The first character XML 1.0 cannot carry at all, such as a control character or a lone surrogate. */
    static Optional<String> unrepresentable(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                return Optional.of(String.format("U+%04X", c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }
}
