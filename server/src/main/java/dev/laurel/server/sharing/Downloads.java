package dev.laurel.server.sharing;

import java.text.Normalizer;
import java.util.Locale;

/** Names of downloaded files: the badge's name as a slug, e.g. {@code teamwork-level-2.png}. */
final class Downloads {

    private static final int MAX_SLUG = 60;

    private Downloads() {}

    static String fileName(SharedCredential shared, String extension) {
        String name = shared.facts().name() != null
                ? shared.facts().name()
                : shared.credential().badgeName();
        return slug(name) + "." + extension;
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; {@code credential} when nothing is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "credential" : ascii;
    }
}
