package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Copies the {@code extensions} component of a model record into an ordered, unmodifiable map. */
final class Extensions {

    private Extensions() {}

    /**
     * An unmodifiable copy of {@code extensions} (null means none) with deep-copied values, in the same order.
     *
     * @throws NullPointerException if a name or value is null
     */
    static Map<String, JsonNode> copy(Map<String, JsonNode> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        extensions.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "extension name"), value.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }
}
