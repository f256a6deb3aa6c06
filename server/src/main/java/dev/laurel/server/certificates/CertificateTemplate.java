package dev.laurel.server.certificates;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The built-in certificate templates, by their stable names ({@code classic}, {@code modern}, …). */
public enum CertificateTemplate {
    CLASSIC,
    MODERN,
    MINIMAL,
    FORMAL;

    /** The stable name, as the API and the database carry it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The template named {@code key}, if there is one. */
    public static Optional<CertificateTemplate> of(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
