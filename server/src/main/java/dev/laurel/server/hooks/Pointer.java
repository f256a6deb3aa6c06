package dev.laurel.server.hooks;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An RFC 6901 JSON pointer into an event, such as {@code /user/email} or {@code /other/0/id}: non-empty, starting with
 * {@code /}, {@code ~} only as {@code ~0} or {@code ~1}. (The empty pointer, the whole document, names no field.)
 */
record Pointer(String text) {

    static final int MAX_LENGTH = 500;

    Pointer {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why {@code text} is not a pointer Laurel accepts, or null when it is one. */
    static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "is required";
        }
        if (text.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (text.charAt(0) != '/') {
            return "must be a JSON pointer (RFC 6901) starting with /, e.g. /user/email";
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '~' && (i + 1 == text.length() || "01".indexOf(text.charAt(i + 1)) < 0)) {
                return "may contain ~ only as ~0 (for ~) or ~1 (for /)";
            }
        }
        return null;
    }

    /** A pointer, or null for null or blank text (an optional pointer left out). */
    static Pointer optional(String text) {
        return text == null || text.isBlank() ? null : new Pointer(text.strip());
    }

    /** The value this pointer names in {@code event}: a missing node when there is none. */
    JsonNode in(JsonNode event) {
        return event.at(JsonPointer.compile(text));
    }

    @Override
    public String toString() {
        return text;
    }
}
