package dev.laurel.server.backpack;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** A backpack item's credential as a file: exactly the bytes that were imported, or the document issued here. */
final class Originals {

    /** A file: its bytes, media type and name. */
    record Document(byte[] bytes, String mediaType, String fileName, String kind) {}

    private Originals() {}

    static Document of(Backpack.Entry entry, Items items) {
        Item item = entry.item();
        String slug = slug(item.facts().name());
        if (item.imported()) {
            Items.Original original = items.original(item.id()).orElseThrow();
            return new Document(
                    original.bytes(), mediaType(original.kind()), slug + "." + original.kind(), original.kind());
        }
        String kind = "jwt".equals(item.format()) ? "jwt" : "json";
        String document = entry.issued() == null ? "" : entry.issued().document();
        return new Document(document.getBytes(StandardCharsets.UTF_8), mediaType(kind), slug + "." + kind, kind);
    }

    static String mediaType(String kind) {
        return switch (kind) {
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "jwt" -> "application/vc+jwt";
            default -> "application/json";
        };
    }

    /** Lower-case ASCII letters and digits joined by hyphens; {@code credential} when nothing is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "credential" : ascii;
    }
}
