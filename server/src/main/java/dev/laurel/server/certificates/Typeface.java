package dev.laurel.server.certificates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The bundled typefaces a text block can be set in (Noto, see {@link Fonts}); every script falls back to its own. */
public enum Typeface {
    SERIF("Noto Serif"),
    SANS("Noto Sans"),
    ARABIC("Noto Sans Arabic"),
    HEBREW("Noto Sans Hebrew"),
    DEVANAGARI("Noto Sans Devanagari"),
    CJK("Noto Sans SC");

    private final String family;

    Typeface(String family) {
        this.family = family;
    }

    /** The stable name, as the API and the database carry it: {@code serif}, {@code sans}, {@code arabic}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The font family's name. */
    public String family() {
        return family;
    }

    /** The CSS font-family list: this typeface, then every bundled one for the scripts it lacks. */
    String css() {
        return "'" + family + "', 'Noto Serif', 'Noto Sans', " + Fonts.FALLBACKS;
    }

    /** The typeface named {@code key}, if there is one. */
    public static Optional<Typeface> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
