package dev.laurel.server.issuing.artwork;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.Locale;

/**
 * Lines of text set in the bundled DejaVu Sans Condensed Bold and turned into outlines, so the SVG looks the same in
 * every browser and in the rendered PNG, needs no font and carries no text an SVG reader could take for markup. A line
 * is shrunk until it fits the width it is given; characters the bundled font lacks come from the JVM's sans-serif
 * fallback, and a right-to-left line is laid out right to left (the JDK shapes it). Thread-safe.
 */
final class Lettering {

    /** The smallest size a line is shrunk to, in pixels of the 512-pixel badge. */
    static final float MIN_SIZE = 18f;

    private static final Font BUNDLED = load();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private Lettering() {}

    /**
     * The largest size, at most {@code maxSize}, at which the line fits {@code width}; or 0 when even
     * {@link #MIN_SIZE} is too wide.
     */
    static float size(String text, float maxSize, float width) {
        Font base = font(text);
        float size = maxSize;
        float measured = advance(base, text, size);
        if (measured > width) {
            size = (float) Math.floor(size * width / measured);
            measured = advance(base, text, size);
            while (measured > width && size > MIN_SIZE) {
                size -= 1;
                measured = advance(base, text, size);
            }
        }
        return measured > width || size < MIN_SIZE ? 0 : size;
    }

    /** The line's outlines at {@code size}, centred on {@code centreX}, on {@code baseline}: an SVG path's {@code d}. */
    static String outline(String text, float size, float centreX, float baseline) {
        Font base = font(text);
        float width = advance(base, text, size);
        return path(vector(base, text, size), centreX - width / 2, baseline);
    }

    /** Whether the bundled font, or else the JVM's sans-serif fallback, has a glyph for every character. */
    static boolean drawable(String text) {
        return font(text).canDisplayUpTo(text) == -1;
    }

    private static Font font(String text) {
        return BUNDLED.canDisplayUpTo(text) == -1 ? BUNDLED : new Font(Font.SANS_SERIF, Font.BOLD, 1);
    }

    private static float advance(Font base, String text, float size) {
        return (float) vector(base, text, size).getLogicalBounds().getWidth();
    }

    private static GlyphVector vector(Font base, String text, float size) {
        Font font = base.deriveFont(size);
        char[] chars = text.toCharArray();
        boolean rightToLeft = Bidi.requiresBidi(chars, 0, chars.length)
                && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        return font.layoutGlyphVector(
                CONTEXT, chars, 0, chars.length, rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }

    private static String path(GlyphVector glyphs, float x, float y) {
        StringBuilder d = new StringBuilder();
        PathIterator it = glyphs.getOutline(x, y).getPathIterator(null);
        float[] c = new float[6];
        while (!it.isDone()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO ->
                    d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_LINETO ->
                    d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_QUADTO ->
                    d.append('Q')
                            .append(n(c[0]))
                            .append(' ')
                            .append(n(c[1]))
                            .append(' ')
                            .append(n(c[2]))
                            .append(' ')
                            .append(n(c[3]));
                case PathIterator.SEG_CUBICTO ->
                    d.append('C')
                            .append(n(c[0]))
                            .append(' ')
                            .append(n(c[1]))
                            .append(' ')
                            .append(n(c[2]))
                            .append(' ')
                            .append(n(c[3]))
                            .append(' ')
                            .append(n(c[4]))
                            .append(' ')
                            .append(n(c[5]));
                default -> d.append('Z');
            }
            it.next();
        }
        return d.toString();
    }

    /** A coordinate with one decimal, no trailing zero. */
    static String n(float value) {
        float rounded = Math.round(value * 10) / 10f;
        return rounded == (int) rounded ? Integer.toString((int) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }

    private static Font load() {
        try (InputStream in = Lettering.class.getResourceAsStream("/artwork/font/DejaVuSansCondensed-Bold.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the bundled font is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
