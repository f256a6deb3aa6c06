package dev.laurel.server.certificates;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Shrink-to-fit for text blocks: the largest size, from the block's own down to {@value #MIN_SIZE} pt in half points,
 * at which its text wraps into a box {@value #LINES} lines of the block's own size high. Measured with the bundled
 * fonts' advance widths (each character in the first font that has it, as the PDF's fallback list does) and a margin,
 * so that what fits here fits in the PDF. Thread-safe.
 */
final class TextFit {

    static final double MIN_SIZE = 7;
    static final int LINES = 3;
    static final double LINE_HEIGHT = 1.3;

    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final double MARGIN = 0.92;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextFit() {}

    /** The height of a block of {@code size}, in millimetres. */
    static double boxHeight(double size) {
        return LINES * LINE_HEIGHT * size / POINTS_PER_MM;
    }

    /** The size {@code text} fits at in a box {@code widthMm} wide for a block of {@code size}; empty if none does. */
    static OptionalDouble size(String text, Typeface typeface, double size, double widthMm) {
        double width = widthMm * POINTS_PER_MM * MARGIN;
        double height = LINES * LINE_HEIGHT * size;
        for (double s = size; s >= MIN_SIZE; s -= 0.5) {
            if (lines(text, typeface, s, width) * LINE_HEIGHT * s <= height + 0.01) {
                return OptionalDouble.of(s);
            }
        }
        return OptionalDouble.empty();
    }

    /** How many lines {@code text} wraps into, at {@code size}, in a line {@code width} points wide. */
    static int lines(String text, Typeface typeface, double size, double width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            double line = 0;
            lines++;
            for (String word : words(paragraph)) {
                double advance = width(word, typeface, size);
                double space = line == 0 || joined(word) ? 0 : width(" ", typeface, size);
                if (line > 0 && line + space + advance > width) {
                    lines++;
                    line = 0;
                    space = 0;
                }
                while (advance > width) {
                    lines++;
                    advance -= width;
                }
                line += space + advance;
            }
        }
        return lines;
    }

    /** Words separated by spaces; each Chinese or Japanese character a word of its own, as lines break between them. */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || ideographic(cp)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (ideographic(cp)) {
                    words.add(Character.toString(cp));
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean joined(String word) {
        return ideographic(word.codePointAt(0));
    }

    private static boolean ideographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static double width(String text, Typeface typeface, double size) {
        double width = 0;
        int i = 0;
        while (i < text.length()) {
            Font font = Fonts.covering(typeface, text.codePointAt(i));
            int end = i;
            while (end < text.length() && Fonts.covering(typeface, text.codePointAt(end)) == font) {
                end += Character.charCount(text.codePointAt(end));
            }
            width += font.deriveFont((float) size)
                    .getStringBounds(text, i, end, CONTEXT)
                    .getWidth();
            i = end;
        }
        return width;
    }
}
