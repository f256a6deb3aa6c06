package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The contexts in effect inside one JSON object, found as JSON-LD expansion (steps 7 to 11) finds them, and what each of
 * its keys expands to there. A type-scoped context is reverted in a new node object; the property's scoped context
 * applies; then the object's own {@code @context}; then the scoped contexts of its types, in lexicographic order,
 * looked up before any of them applied.
 *
 * @param active the context the object's keys and values expand in
 * @param typeContext the context its {@code @type} values expand in
 * @param terms the term definition of each key in {@code active}, in the object's key order (null: no term)
 * @param keywords the keyword each key expands to, in the same order (null: a property)
 * @param valueObject whether a key expands to {@code @value}
 */
record NodeScope(
        CompiledContext active,
        CompiledContext typeContext,
        CompiledTerm[] terms,
        String[] keywords,
        boolean valueObject) {

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
        requireSupported(active);
        CompiledContext typeContext = active;
        int size = element.size();
        CompiledTerm[] terms = new CompiledTerm[size];
        String[] keywords = new String[size];
        String typeKey = classify(element, active, terms, keywords);
        if (typeKey != null) {
            for (String type : sortedStrings(element.get(typeKey))) {
                CompiledTerm term = typeContext.term(type);
                if (term != null && term.localContext() != null) {
                    active = CompiledContexts.typeScoped(active, term, baseUrl(active, type));
                }
            }
            if (active != typeContext) {
                requireSupported(active);
                if (!typeKey.equals(classify(element, active, terms, keywords))) {
                    throw new Decline("a type-scoped context changes which key expands to @type");
                }
            }
        }
        boolean valueObject = false;
        for (String keyword : keywords) {
            valueObject |= "@value".equals(keyword);
        }
        return new NodeScope(active, typeContext, terms, keywords, valueObject);
    }

    static void requireSupported(CompiledContext context) {
        if (context.unsupported() != null) {
            throw new Decline(context.unsupported());
        }
    }

    /**
     * Fills in each key's term and keyword in {@code context}; returns the key expanding to {@code @type}, or null.
     * With several such keys (an alias and {@code @type}) the fast path declines.
     */
    private static String classify(
            ObjectNode element, CompiledContext context, CompiledTerm[] terms, String[] keywords) {
        String typeKey = null;
        int i = 0;
        for (Iterator<String> names = element.fieldNames(); names.hasNext(); i++) {
            String key = names.next();
            CompiledTerm term = key.startsWith("@") ? null : context.term(key);
            String keyword = term == null ? (key.startsWith("@") ? key : null) : term.keyword();
            terms[i] = term;
            keywords[i] = keyword;
            if ("@type".equals(keyword)) {
                if (typeKey != null) {
                    throw new Decline("several keys expand to @type");
                }
                typeKey = key;
            }
        }
        return typeKey;
    }

    /** Step 7: a value object, or a node reference of a single {@code @id}, keeps a type-scoped context. */
    private static boolean keepsScope(ObjectNode element, CompiledContext active) {
        if (element.size() > 1 && !element.has("@value") && !active.hasValueAlias()) {
            return false;
        }
        for (Iterator<String> names = element.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            String keyword = key.startsWith("@") ? key : keyword(active.term(key));
            if ("@value".equals(keyword) || (element.size() == 1 && "@id".equals(keyword))) {
                return true;
            }
        }
        return false;
    }

    private static String keyword(CompiledTerm term) {
        return term == null ? null : term.keyword();
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
