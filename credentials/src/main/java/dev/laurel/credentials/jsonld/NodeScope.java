package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The contexts in effect inside one JSON object, found as JSON-LD expansion (steps 7 to 11) finds them: a type-scoped
 * context is reverted in a new node object; the property's scoped context applies; then the object's own
 * {@code @context}; then the scoped contexts of its types, in lexicographic order, looked up before any of them applied.
 *
 * @param active the context the object's keys and values expand in
 * @param typeContext the context its {@code @type} values expand in
 * @param valueObject whether a key expands to {@code @value}
 */
record NodeScope(CompiledContext active, CompiledContext typeContext, boolean valueObject) {

    static NodeScope of(ObjectNode element, CompiledContext active, CompiledTerm property) {
        if (active.previous() != null && !keepsScope(element, active)) {
            active = active.previous();
        }
        if (property != null && property.localContext() != null) {
            active = CompiledContexts.propertyScoped(active, property, baseUrl(active, property.name()));
        }
        JsonNode embedded = element.get("@context");
        if (embedded != null) {
            active = CompiledContexts.withContexts(active, urls(embedded));
        }
        CompiledContext typeContext = active;
        List<String> typeKeys = typeKeys(element, active);
        for (String key : typeKeys) {
            for (String type : sortedStrings(element.get(key))) {
                CompiledTerm term = typeContext.term(type);
                if (term != null && term.localContext() != null) {
                    active = CompiledContexts.typeScoped(active, term, baseUrl(active, type));
                }
            }
        }
        requireSupported(active);
        requireSupported(typeContext);
        boolean valueObject = false;
        for (var names = element.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            valueObject |= expandsTo(active, key, "@value");
            if (expandsTo(active, key, "@type") && !typeKeys.contains(key)) {
                throw new Decline("a type-scoped context makes '" + key + "' a @type alias");
            }
        }
        return new NodeScope(active, typeContext, valueObject);
    }

    /** Whether {@code key} expands to {@code keyword} in the active context. */
    boolean expandsTo(String key, String keyword) {
        return expandsTo(active, key, keyword);
    }

    static boolean expandsTo(CompiledContext context, String key, String keyword) {
        if (key.equals(keyword)) {
            return true;
        }
        CompiledTerm term = context.term(key);
        return term != null && term.aliases(keyword);
    }

    static void requireSupported(CompiledContext context) {
        if (context.unsupported() != null) {
            throw new Decline(context.unsupported());
        }
    }

    /** Step 7: a value object, or a node reference of a single {@code @id}, keeps a type-scoped context. */
    private static boolean keepsScope(ObjectNode element, CompiledContext active) {
        for (var names = element.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (expandsTo(active, key, "@value") || (element.size() == 1 && expandsTo(active, key, "@id"))) {
                return true;
            }
        }
        return false;
    }

    /** The key expanding to {@code @type}, if any; with several (an alias and {@code @type}) the fast path declines. */
    private static List<String> typeKeys(ObjectNode element, CompiledContext active) {
        List<String> keys = new ArrayList<>(1);
        for (var names = element.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (expandsTo(active, key, "@type")) {
                keys.add(key);
            }
        }
        if (keys.size() > 1) {
            throw new Decline("several keys expand to @type");
        }
        return keys;
    }

    private static List<String> sortedStrings(JsonNode value) {
        List<String> strings = new ArrayList<>();
        if (value.isTextual()) {
            strings.add(value.textValue());
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw new Decline("a @type value that is not a string");
                }
                strings.add(item.textValue());
            }
            strings.sort(null);
        } else {
            throw new Decline("a @type value that is not a string or an array of strings");
        }
        return strings;
    }

    /** The URL a scoped context resolves against: that of the term's definition in {@code context}. */
    private static URI baseUrl(CompiledContext context, String term) {
        CompiledTerm definition = context.term(term);
        return definition == null ? null : definition.baseUrl();
    }

    private static List<String> urls(JsonNode contexts) {
        List<String> urls = new ArrayList<>();
        for (JsonNode entry : contexts.isArray() ? contexts : List.of(contexts)) {
            if (!entry.isTextual() || !BundledContexts.isBundled(entry.textValue())) {
                throw new Decline("an @context that is not a list of bundled contexts");
            }
            urls.add(entry.textValue());
        }
        return List.copyOf(urls);
    }
}
