package dev.laurel.server.issuing.artwork;

import static dev.laurel.server.issuing.artwork.Lettering.n;

import dev.laurel.server.issuing.artwork.Drawing.Code;
import dev.laurel.server.issuing.artwork.Drawing.Flaw;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Draws artwork as a clean SVG: 512 × 512, shapes and outlined lettering as paths, a logo only as a data URI; no
 * script, no style sheet, no text element, no external reference. Its title (the lines and the ribbon, escaped) names
 * it for screen readers. Pure and thread-safe.
 */
public final class ArtworkSvg {

    /** The width and height of the drawing, in pixels. */
    public static final int SIDE = 512;

    /** The least contrast between the text and the background: WCAG 2, level AA, for normal text. */
    public static final double MIN_CONTRAST = 4.5;

    private static final int CENTRE = SIDE / 2;
    private static final int RIBBON_HEIGHT = 60;
    private static final int RIBBON_TEXT_WIDTH = 400;
    private static final int GAP = 14;

    private ArtworkSvg() {}

    /** Draws the artwork, and says what keeps it from being saved. */
    public static Drawing draw(Artwork artwork) {
        List<Flaw> flaws = new ArrayList<>();
        double contrast = artwork.text().contrast(artwork.background());
        if (contrast < MIN_CONTRAST) {
            flaws.add(new Flaw(Code.CONTRAST, String.format(Locale.ROOT, "%.2f", contrast)));
        }
        String icon = artwork.icon();
        if (icon != null && !Icons.exists(icon)) {
            flaws.add(new Flaw(Code.UNKNOWN_ICON, icon));
            icon = null;
        }
        boolean emblem = artwork.logo() != null || icon != null;
        if (!emblem && artwork.lines().isEmpty()) {
            flaws.add(new Flaw(Code.EMPTY));
        }
        Shape shape = artwork.shape();
        List<String> lines = artwork.lines();
        float[] sizes = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            float max = i == 0 ? (lines.size() == 1 ? 64 : 52) : 36;
            if (!Lettering.drawable(lines.get(i))) {
                flaws.add(new Flaw(Code.UNDRAWABLE, i + 1));
            }
            sizes[i] = Lettering.size(lines.get(i), max, shape.lineWidth());
            if (sizes[i] == 0) {
                flaws.add(new Flaw(Code.LINE_TOO_LONG, i + 1));
            }
        }
        float ribbonSize = artwork.ribbon() == null ? 0 : Lettering.size(artwork.ribbon(), 30, RIBBON_TEXT_WIDTH);
        if (artwork.ribbon() != null && !Lettering.drawable(artwork.ribbon())) {
            flaws.add(new Flaw(Code.UNDRAWABLE, 0));
        }
        if (artwork.ribbon() != null && ribbonSize == 0) {
            flaws.add(new Flaw(Code.RIBBON_TOO_LONG));
        }

        StringBuilder svg = new StringBuilder(8192);
        String title = title(artwork);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(SIDE)
                .append("\" height=\"")
                .append(SIDE)
                .append("\" viewBox=\"0 0 ")
                .append(SIDE)
                .append(' ')
                .append(SIDE)
                .append("\" role=\"img\" aria-label=\"")
                .append(title)
                .append("\"><title>")
                .append(title)
                .append("</title>");
        if (shape.tails() != null) {
            path(svg, shape.tails(), artwork.border());
        }
        svg.append("<path d=\"")
                .append(shape.outline())
                .append("\" fill=\"")
                .append(artwork.background().hex())
                .append("\" stroke=\"")
                .append(artwork.border().hex())
                .append("\" stroke-width=\"16\" stroke-linejoin=\"round\"/>");

        int bottom = artwork.ribbon() == null ? shape.bottom() : shape.ribbonY() - RIBBON_HEIGHT / 2 - GAP;
        float emblemSide = !emblem ? 0 : lines.size() <= 1 ? 128 : lines.size() == 2 ? 104 : 88;
        float height = emblemSide + (emblem && !lines.isEmpty() ? GAP : 0);
        for (float size : sizes) {
            height += lineHeight(size);
        }
        float y = (shape.top() + bottom) / 2f - height / 2;
        if (artwork.logo() != null) {
            logo(svg, artwork.logo(), CENTRE - emblemSide / 2, y, emblemSide);
        } else if (icon != null) {
            icon(svg, icon, artwork.text(), CENTRE - emblemSide / 2, y, emblemSide);
        }
        y += emblemSide + (emblem && !lines.isEmpty() ? GAP : 0);
        for (int i = 0; i < lines.size(); i++) {
            float size = sizes[i] == 0 ? Lettering.MIN_SIZE : sizes[i];
            path(svg, Lettering.outline(lines.get(i), size, CENTRE, y + size * 0.92f), artwork.text());
            y += lineHeight(size);
        }
        if (artwork.ribbon() != null) {
            int top = shape.ribbonY() - RIBBON_HEIGHT / 2;
            int end = shape.ribbonY() + RIBBON_HEIGHT / 2;
            svg.append("<path d=\"M8 ")
                    .append(top)
                    .append('H')
                    .append(SIDE - 8)
                    .append('L')
                    .append(SIDE - 36)
                    .append(' ')
                    .append(shape.ribbonY())
                    .append('L')
                    .append(SIDE - 8)
                    .append(' ')
                    .append(end)
                    .append("H8L36 ")
                    .append(shape.ribbonY())
                    .append("Z\" fill=\"")
                    .append(artwork.text().hex())
                    .append("\" stroke=\"")
                    .append(artwork.border().hex())
                    .append("\" stroke-width=\"6\" stroke-linejoin=\"round\"/>");
            float size = ribbonSize == 0 ? Lettering.MIN_SIZE : ribbonSize;
            path(
                    svg,
                    Lettering.outline(artwork.ribbon(), size, CENTRE, shape.ribbonY() + size * 0.36f),
                    artwork.background());
        }
        svg.append("</svg>");
        return new Drawing(svg.toString(), flaws);
    }

    /** Text as an SVG attribute or element may carry it: {@code &}, {@code <}, {@code >} and quotes escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String title(Artwork artwork) {
        List<String> parts = new ArrayList<>(artwork.lines());
        if (artwork.ribbon() != null) {
            parts.add(artwork.ribbon());
        }
        return escape(parts.isEmpty() ? "Badge" : String.join(" · ", parts));
    }

    private static float lineHeight(float size) {
        return (size == 0 ? Lettering.MIN_SIZE : size) * 1.18f;
    }

    private static void path(StringBuilder svg, String d, Colour fill) {
        svg.append("<path d=\"")
                .append(d)
                .append("\" fill=\"")
                .append(fill.hex())
                .append("\"/>");
    }

    private static void icon(StringBuilder svg, String name, Colour colour, float x, float y, float side) {
        svg.append("<g transform=\"translate(")
                .append(n(x))
                .append(' ')
                .append(n(y))
                .append(") scale(")
                .append(n(side / 24))
                .append(")\" fill=\"none\" stroke=\"")
                .append(colour.hex())
                .append("\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\">");
        for (String d : Icons.paths(name)) {
            svg.append("<path d=\"").append(d).append("\"/>");
        }
        svg.append("</g>");
    }

    private static void logo(StringBuilder svg, Artwork.Logo logo, float x, float y, float side) {
        svg.append("<image x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(side))
                .append("\" height=\"")
                .append(n(side))
                .append("\" preserveAspectRatio=\"xMidYMid meet\" href=\"data:")
                .append(logo.mediaType())
                .append(";base64,")
                .append(Base64.getEncoder().encodeToString(logo.bytes()))
                .append("\"/>");
    }
}
