package dev.laurel.server.backpack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who sees a credential in a backpack. */
public enum Visibility {
    /** Listed on the earner's public profile and open to anyone with its link. */
    PUBLIC,
    /** Open to anyone with its link, listed nowhere. */
    LINK,
    /** Seen by the earner only: its public page answers 404. */
    PRIVATE;

    /** The name stored and sent in forms: {@code public}, {@code link}, {@code private}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Visibility> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
    }
}
