package dev.laurel.server.issuing.artwork;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Artwork as drawn: the SVG, always (a preview shows it even when flawed), and what keeps it from being saved.
 *
 * @param svg the SVG document, 512 × 512
 * @param flaws what is wrong with it, in the order the form lists them; empty when it may be saved
 */
public record Drawing(String svg, List<Flaw> flaws) {

    public Drawing {
        flaws = List.copyOf(flaws);
    }

    /** Whether the artwork may be saved. */
    public boolean acceptable() {
        return flaws.isEmpty();
    }

    /** The SVG as UTF-8 bytes. */
    public byte[] bytes() {
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Something that keeps artwork from being saved: a stable code and the arguments of its message.
     *
     * @param code what is wrong
     * @param arguments the message's arguments (a line's number, a contrast ratio)
     */
    public record Flaw(Code code, Object... arguments) {}

    /** What can be wrong with artwork; each code is also the key of its message. */
    public enum Code {
        /** The text's contrast with the background is under 4.5:1 (WCAG 2, AA); its argument is the ratio. */
        CONTRAST("artwork.contrast"),
        /** A line does not fit its shape even at the smallest size; its argument is the line's number. */
        LINE_TOO_LONG("artwork.line-too-long"),
        /**
         * A line has characters no font here can draw; its argument is the line's number, 0 for the ribbon.
         */
        UNDRAWABLE("artwork.undrawable"),
        /** The ribbon's text does not fit even at the smallest size. */
        RIBBON_TOO_LONG("artwork.ribbon-too-long"),
        /** The icon named is not bundled. */
        UNKNOWN_ICON("artwork.unknown-icon"),
        /** There is nothing on the badge: no line, no icon, no logo. */
        EMPTY("artwork.empty");

        private final String key;

        Code(String key) {
            this.key = key;
        }

        /** The stable code, also the message key. */
        public String key() {
            return key;
        }
    }
}
