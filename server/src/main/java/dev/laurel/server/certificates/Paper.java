package dev.laurel.server.certificates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A certificate's paper size, with its CSS page size. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String css;

    Paper(String css) {
        this.css = css;
    }

    /** The stable name: {@code a4} or {@code letter}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String css() {
        return css;
    }

    /** The paper named {@code key}, if there is one. */
    public static Optional<Paper> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }
}
