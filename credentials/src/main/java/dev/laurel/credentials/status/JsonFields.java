package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading JSON-LD-ish properties that may be a single value or an array of them. */
final class JsonFields {
    private JsonFields() {}

    /** The strings of {@code node}: one for a string, each element for an array of strings, empty otherwise. */
    static Optional<List<String>> strings(JsonNode node) {
        if (node != null && node.isTextual()) {
            return Optional.of(List.of(node.asText()));
        }
        if (node == null || !node.isArray()) {
            return Optional.empty();
        }
        var values = new ArrayList<String>();
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                return Optional.empty();
            }
            values.add(element.asText());
        }
        return Optional.of(values);
    }

    /** The identifier of a node that is either a string or an object with a string {@code id}. */
    static Optional<String> idOf(JsonNode node) {
        if (node != null && node.isTextual()) {
            return Optional.of(node.asText());
        }
        if (node != null && node.isObject() && node.path("id").isTextual()) {
            return Optional.of(node.get("id").asText());
        }
        return Optional.empty();
    }

    /** How a value reads in a message: its JSON type, and the value itself when short. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        String text = node.toString();
        String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
        return text.length() <= 40 ? kind + " " + text : kind;
    }
}
