package dev.laurel.server.certificates;

import java.util.Objects;

/**
 * A text of the issuer's own on a certificate, with placeholders ({@code {recipient.name}}, {@code {custom.COLUMN}},
 * see {@link Placeholders}) filled per credential, in a box three lines high at {@code size}: a longer text is shrunk
 * to fit, down to {@value TextFit#MIN_SIZE} pt.
 *
 * @param text the text, placeholders in braces
 * @param typeface one of the bundled typefaces
 * @param size the font size in points
 */
public record TextBlock(String text, Typeface typeface, double size) {

    /** The font size a block has when none is given. */
    public static final double DEFAULT_SIZE = 12;

    public TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(typeface, "typeface");
    }
}
