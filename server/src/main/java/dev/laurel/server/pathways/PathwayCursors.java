package dev.laurel.server.pathways;

import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.platform.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The API's pages of pathways and earners: a size from 1 to {@value #MAX_LIMIT} ({@value #DEFAULT_LIMIT} when not
 * given), and opaque cursors — base64url of where the last page ended — that clients pass back unchanged; one that does
 * not decode is {@code api.validation} on {@code cursor}, as the API's other lists answer.
 */
final class PathwayCursors {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private PathwayCursors() {}

    /** The page size asked for, or {@code api.validation} on {@code limit}. */
    static int size(Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiError.invalid("limit", "must be 1 to " + MAX_LIMIT);
        }
        return size;
    }

    /** The order of the pages: by name (lower-cased, compared by character, the same on every database), then id. */
    private static final Comparator<Pathway> ORDER =
            Comparator.comparing((Pathway p) -> key(p.name())).thenComparing(p -> p.id().toString());

    /** The cursor after {@code pathway}. */
    static String of(Pathway pathway) {
        return encode("p1|" + pathway.id() + "|" + key(pathway.name()));
    }

    /** The pathways of {@code all} after {@code cursor}, in order; all of them when it is null. */
    static List<Pathway> after(List<Pathway> all, String cursor) {
        List<Pathway> sorted = all.stream().sorted(ORDER).toList();
        if (cursor == null || cursor.isBlank()) {
            return sorted;
        }
        String[] parts = decode(cursor.strip()).split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals("p1")) {
            throw invalid();
        }
        String id = parts[1];
        String name = parts[2];
        return sorted.stream()
                .filter(p -> {
                    int byName = key(p.name()).compareTo(name);
                    return byName > 0 || byName == 0 && p.id().toString().compareTo(id) > 0;
                })
                .toList();
    }

    /** The cursor after the earner with this address. */
    static String earner(String email) {
        return encode("e1|" + email);
    }

    /** The address an earners' cursor ends at; null when there is none. */
    static String earnerAfter(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String text = decode(cursor.strip());
        if (!text.startsWith("e1|")) {
            throw invalid();
        }
        return text.substring(3);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static Problem invalid() {
        return ApiError.invalid("cursor", "is not a cursor this API returned");
    }
}
