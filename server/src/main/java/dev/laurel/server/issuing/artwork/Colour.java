package dev.laurel.server.issuing.artwork;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An opaque sRGB colour, written {@code #rrggbb}.
 *
 * @param rgb the red, green and blue bytes, 0xRRGGBB
 */
public record Colour(int rgb) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public Colour {
        if (rgb < 0 || rgb > 0xFFFFFF) {
            throw new IllegalArgumentException("not a colour: " + rgb);
        }
    }

    /** Whether {@code text} is a colour as {@link #parse} reads it. */
    public static boolean isValid(String text) {
        return text != null && HEX.matcher(text.strip()).matches();
    }

    /**
     * Reads {@code #rrggbb}.
     *
     * @throws IllegalArgumentException when the text is not such a colour
     */
    public static Colour parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + text);
        }
        return new Colour(Integer.parseInt(text.strip().substring(1), 16));
    }

    /** The colour as {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    /** The WCAG 2 contrast ratio between this colour and the other, from 1 (none) to 21 (black on white). */
    public double contrast(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The WCAG 2 relative luminance, 0 for black to 1 for white. */
    double luminance() {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
