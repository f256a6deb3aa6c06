package dev.laurel.server.pathways;

import java.util.ArrayList;
import java.util.List;

/** Text as the diagram writes it: escaped for XML, and fitted to a box by an estimate of its width. */
final class Svg {

    private Svg() {}

    /** {@code text} safe in XML content and attributes: markup escaped, characters XML forbids left out. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** {@code text} cut to about {@code width} pixels of characters {@code charWidth} wide, an ellipsis if cut. */
    static String fit(String text, int width, double charWidth) {
        int max = Math.max(4, (int) (width / charWidth));
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }

    /** {@code text} in at most {@code maxLines} lines of about {@code width} pixels, broken between words. */
    static List<String> wrap(String text, int width, double charWidth, int maxLines) {
        int max = Math.max(4, (int) (width / charWidth));
        List<String> lines = new ArrayList<>();
        String rest = text.strip().replaceAll("\\s+", " ");
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && rest.codePointCount(0, rest.length()) > max) {
            int cut = rest.lastIndexOf(' ', rest.offsetByCodePoints(0, max));
            if (cut <= 0) {
                cut = rest.offsetByCodePoints(0, max);
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        lines.add(fit(rest, width, charWidth));
        return lines;
    }
}
