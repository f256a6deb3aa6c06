package dev.laurel.server.issuing.artwork;

import java.util.Arrays;
import java.util.Optional;

/**
 * The outline of a badge, drawn in a 512 × 512 box: its path, and the band inside it where the icon and the lines
 * go (top and bottom, and the widest a line may be), and where a ribbon crosses it.
 */
public enum Shape {
    CIRCLE("circle", "M16 256A240 240 0 1 1 496 256A240 240 0 1 1 16 256Z", null, 96, 416, 340, 380),
    HEXAGON("hexagon", "M256 12L467 134V378L256 500L45 378V134Z", null, 104, 404, 330, 372),
    SHIELD("shield", "M256 16L472 88V240C472 368 384 456 256 496C128 456 40 368 40 240V88Z", null, 84, 384, 320, 360),
    RIBBON(
            "ribbon",
            "M66 216A190 190 0 1 1 446 216A190 190 0 1 1 66 216Z",
            "M168 360L112 500L184 468L226 508L256 396Z M344 360L400 500L328 468L286 508L256 396Z",
            56,
            360,
            280,
            330),
    SQUARE_ROUNDED(
            "square-rounded",
            "M80 16H432A64 64 0 0 1 496 80V432A64 64 0 0 1 432 496H80A64 64 0 0 1 16 432V80A64 64 0 0 1 80 16Z",
            null,
            72,
            424,
            380,
            392);

    private final String key;
    private final String outline;
    private final String tails;
    private final int top;
    private final int bottom;
    private final int lineWidth;
    private final int ribbonY;

    Shape(String key, String outline, String tails, int top, int bottom, int lineWidth, int ribbonY) {
        this.key = key;
        this.outline = outline;
        this.tails = tails;
        this.top = top;
        this.bottom = bottom;
        this.lineWidth = lineWidth;
        this.ribbonY = ribbonY;
    }

    /** The shape's name in forms and stored designs: {@code circle}, {@code square-rounded}… */
    public String key() {
        return key;
    }

    /** The shape named {@code key}, if there is one. */
    public static Optional<Shape> of(String key) {
        return Arrays.stream(values()).filter(shape -> shape.key.equals(key)).findFirst();
    }

    String outline() {
        return outline;
    }

    /** The ribbon tails drawn behind the medal, or null for a shape without. */
    String tails() {
        return tails;
    }

    int top() {
        return top;
    }

    int bottom() {
        return bottom;
    }

    int lineWidth() {
        return lineWidth;
    }

    int ribbonY() {
        return ribbonY;
    }
}
