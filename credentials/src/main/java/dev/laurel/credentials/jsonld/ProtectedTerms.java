package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The term an embedded {@code @context} redefines although a context before it protects it (JSON-LD 1.1 §4.1.11),
 * which the processor's error does not name: each term of each embedded context is tried alone after the contexts
 * in force where it stands. Used only once the processor has refused a document.
 */
final class ProtectedTerms {

    private ProtectedTerms() {}

    /** The first protected term an embedded context of {@code document} redefines, if one can be named. */
    static Optional<String> redefined(JsonNode document) {
        return search(document, List.of());
    }

    private static Optional<String> search(JsonNode node, List<JsonNode> inForce) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<String> found = search(item, inForce);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        List<JsonNode> scope = new ArrayList<>(inForce);
        JsonNode contexts = node.get("@context");
        if (contexts != null) {
            for (JsonNode entry : contexts.isArray() ? contexts : List.of(contexts)) {
                if (entry.isObject()) {
                    Optional<String> found = firstRefused(scope, (ObjectNode) entry);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                scope.add(entry);
            }
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!property.getKey().equals("@context")) {
                Optional<String> found = search(property.getValue(), scope);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstRefused(List<JsonNode> scope, ObjectNode embedded) {
        for (Map.Entry<String, JsonNode> term : embedded.properties()) {
            if (term.getKey().startsWith("@")) {
                continue;
            }
            ObjectNode alone = JsonNodeFactory.instance.objectNode();
            embedded.properties().forEach(entry -> {
                if (entry.getKey().startsWith("@") && !entry.getKey().equals("@protected")) {
                    alone.set(entry.getKey(), entry.getValue());
                }
            });
            alone.set(term.getKey(), term.getValue());
            if (refusesAsProtected(scope, alone)) {
                return Optional.of(term.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean refusesAsProtected(List<JsonNode> scope, ObjectNode embedded) {
        ArrayNode contexts = JsonNodeFactory.instance.arrayNode();
        scope.forEach(contexts::add);
        contexts.add(embedded);
        ObjectNode probe = JsonNodeFactory.instance.objectNode();
        probe.set("@context", contexts);
        try {
            JsonLd.expand(JsonDocument.of(JakartaJson.toStructure(probe)))
                    .options(JsonLdToRdf.options())
                    .get();
            return false;
        } catch (JsonLdError e) {
            return e.getCode() == JsonLdErrorCode.PROTECTED_TERM_REDEFINITION;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
