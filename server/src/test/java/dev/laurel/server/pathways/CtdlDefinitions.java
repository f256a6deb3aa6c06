package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CTDL schema definitions (credreg.net's encoding, bundled in the test resources): which classes and properties
 * exist, and the classes a property's {@code schema:domainIncludes} names.
 */
final class CtdlDefinitions {

    /** Prefixes whose compact IRIs, as values, name CTDL terms or concepts that must be defined. */
    private static final Set<String> VOCABULARY_PREFIXES =
            Set.of("ceterms", "ceasn", "array", "compare", "creditUnit", "schema");

    private final Map<String, JsonNode> terms = new HashMap<>();

    private CtdlDefinitions(JsonNode schema) {
        schema.get("@graph").forEach(term -> terms.put(term.get("@id").asText(), term));
    }

    static CtdlDefinitions load() {
        try (InputStream in = CtdlDefinitions.class.getResourceAsStream("/pathways/ctdl/ctdl-schema.json")) {
            return new CtdlDefinitions(Json.parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What in a CTDL {@code @graph} document the definitions do not allow: an undefined class or property, a
     * property on a class outside its domain, a value naming an undefined term or concept. Empty when all is defined.
     */
    List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        document.get("@graph").forEach(node -> node(node, violations));
        return violations;
    }

    private void node(JsonNode node, List<String> violations) {
        List<String> types = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type == null) {
            violations.add(node.path("@id").asText("a node") + " has no @type");
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        for (String t : types) {
            if (!is(t, "rdfs:Class")) {
                violations.add(t + " is not a class of the schema");
            }
        }
        node.properties().forEach(entry -> {
            String property = entry.getKey();
            if (property.startsWith("@")) {
                return;
            }
            if (!is(property, "rdf:Property")) {
                violations.add(property + " is not a property of the schema");
                return;
            }
            JsonNode domain = terms.get(property).get("schema:domainIncludes");
            if (domain != null && !domain.isEmpty() && types.stream().noneMatch(t -> contains(domain, t))) {
                violations.add(property + " is used on " + types + ", outside its domain");
            }
            values(property, entry.getValue(), violations);
        });
    }

    private void values(String property, JsonNode value, List<String> violations) {
        if (value.isArray()) {
            value.forEach(v -> values(property, v, violations));
        } else if (value.isObject() && value.has("@type")) {
            node(value, violations);
        } else if (value.isTextual()) {
            String text = value.asText();
            int colon = text.indexOf(':');
            if (colon > 0
                    && !text.contains("://")
                    && VOCABULARY_PREFIXES.contains(text.substring(0, colon))
                    && !terms.containsKey(text)) {
                violations.add(property + " names " + text + ", which the schema does not define");
            }
        }
    }

    private boolean is(String id, String kind) {
        JsonNode term = terms.get(id);
        return term != null && term.path("@type").asText().equals(kind);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
