package dev.laurel.server.issuing.artwork;

import java.util.List;
import java.util.Objects;

/**
 * A badge as drawn in the designer. Built only well-formed (the form checks each field first, naming it); whether it
 * reads well — contrast, lines that fit — is for {@link ArtworkSvg#draw} to say.
 *
 * @param shape the outline
 * @param background the colour inside the outline
 * @param border the outline's colour, and the ribbon's
 * @param text the colour of the lines and the icon
 * @param lines up to {@link #MAX_LINES} lines of text, each at most {@link #MAX_LINE} characters, none blank
 * @param icon the name of a bundled icon ({@link Icons}), or null
 * @param logo an uploaded logo drawn instead of an icon, or null
 * @param ribbon the text of a ribbon across the badge, at most {@link #MAX_LINE} characters, or null for none
 * @throws IllegalArgumentException when a field is out of these bounds
 */
public record Artwork(
        Shape shape,
        Colour background,
        Colour border,
        Colour text,
        List<String> lines,
        String icon,
        Logo logo,
        String ribbon) {

    /** The most lines a badge carries. */
    public static final int MAX_LINES = 3;

    /** The longest line, in characters. */
    public static final int MAX_LINE = 40;

    public Artwork {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(text, "text");
        lines = lines == null
                ? List.of()
                : lines.stream()
                        .filter(line -> line != null && !line.isBlank())
                        .map(String::strip)
                        .toList();
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("at most " + MAX_LINES + " lines");
        }
        if (lines.stream().anyMatch(line -> line.length() > MAX_LINE)) {
            throw new IllegalArgumentException("a line is longer than " + MAX_LINE + " characters");
        }
        icon = icon == null || icon.isBlank() ? null : icon.strip();
        ribbon = ribbon == null || ribbon.isBlank() ? null : ribbon.strip();
        if (ribbon != null && ribbon.length() > MAX_LINE) {
            throw new IllegalArgumentException("the ribbon is longer than " + MAX_LINE + " characters");
        }
    }

    /** A plain starting point: a navy circle with white lettering and an award icon. */
    public static Artwork starter(String firstLine) {
        return new Artwork(
                Shape.CIRCLE,
                new Colour(0x1f3a5f),
                new Colour(0xc9a227),
                new Colour(0xffffff),
                firstLine == null ? List.of() : List.of(firstLine),
                "award",
                null,
                null);
    }

    /** The same artwork with another logo (or none). */
    public Artwork withLogo(Logo other) {
        return new Artwork(shape, background, border, text, lines, icon, other, ribbon);
    }

    /**
     * An uploaded logo: a PNG or JPEG, embedded in the SVG as a data URI.
     *
     * @param bytes the image
     * @param mediaType {@code image/png} or {@code image/jpeg}
     */
    public record Logo(byte[] bytes, String mediaType) {

        /** The largest logo kept, in bytes. */
        public static final int MAX_BYTES = 512 * 1024;

        public Logo {
            Objects.requireNonNull(bytes, "bytes");
            if (!"image/png".equals(mediaType) && !"image/jpeg".equals(mediaType)) {
                throw new IllegalArgumentException("a logo is a PNG or a JPEG");
            }
            if (bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException("a logo is at most " + MAX_BYTES + " bytes");
            }
        }
    }
}
