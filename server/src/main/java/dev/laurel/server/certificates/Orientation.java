package dev.laurel.server.certificates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a certificate is laid out landscape or portrait. */
public enum Orientation {
    LANDSCAPE,
    PORTRAIT;

    /** The stable name: {@code landscape} or {@code portrait}, also the CSS page orientation. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The orientation named {@code key}, if there is one. */
    public static Optional<Orientation> of(String key) {
        return Arrays.stream(values()).filter(o -> o.key().equals(key)).findFirst();
    }
}
