package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading Open Badges 2.0 values that take several shapes: one value or many, an IRI or an embedded object. */
final class Nodes {

    /** The Open Badges vocabulary namespace: {@code Assertion} may be written in full as this plus the name. */
    static final String VOCABULARY = "https://w3id.org/openbadges#";

    private Nodes() {}

    /** The strings of a value that may be one string or an array: other elements and shapes are left out. */
    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isTextual()) {
            values.add(node.asText());
        } else if (node != null && node.isArray()) {
            node.forEach(element -> {
                if (element.isTextual()) {
                    values.add(element.asText());
                }
            });
        }
        return values;
    }

    /** The nodes of a value that may be one node or an array. */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(values::add);
        } else if (node != null && !node.isNull()) {
            values.add(node);
        }
        return values;
    }

    /** The id of an {@code @id} value: the string itself, or the {@code id} of an embedded object. */
    static Optional<String> idOf(JsonNode node) {
        if (node != null && node.isTextual() && !node.asText().isBlank()) {
            return Optional.of(node.asText());
        }
        if (node != null && node.isObject() && node.path("id").isTextual()) {
            return idOf(node.get("id"));
        }
        return Optional.empty();
    }

    /** A non-blank string value. */
    static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank()
                ? Optional.of(node.asText())
                : Optional.empty();
    }

    /** Whether {@code type} (a string or an array) names the Open Badges class {@code name}. */
    static boolean hasType(JsonNode object, String name) {
        List<String> types = strings(object.get("type"));
        return types.contains(name) || types.contains(VOCABULARY + name);
    }

    /** The assertion's VerificationObject: {@code verification}, or its alias {@code verify}. */
    static Optional<ObjectNode> verification(ObjectNode assertion) {
        JsonNode node = assertion.has("verification") ? assertion.get("verification") : assertion.get("verify");
        return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
    }

    /** {@code text} as an absolute http or https URL with a host, or empty. */
    static Optional<URI> httpUrl(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The value's shape for a message: {@code a number}, {@code missing}… */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + abbreviate(node.asText()) + "\"";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
