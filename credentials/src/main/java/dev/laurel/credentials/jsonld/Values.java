package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.rdf.Iri;
import dev.laurel.credentials.rdf.RdfTerm;
import dev.laurel.credentials.rdf.Resource;
import java.util.Map.Entry;

/**
 * The values of the fast path: IRI expansion of {@code @id}, {@code @type} and coerced values, value expansion of
 * scalars by their term's type mapping, and value objects — each as the general path reads them, or declined.
 */
final class Values {

    private final FastPath run;

    Values(FastPath run) {
        this.run = run;
    }

    /**
     * The IRI or blank node {@code value} expands to in {@code context}: with {@code vocab}, as a type or
     * {@code @vocab}-coerced value (a term gives its IRI); without, as an {@code @id}.
     */
    Resource reference(CompiledContext context, String value, boolean vocab) {
        if (value.startsWith("@")) {
            throw new Decline("the keyword or keyword-like value '" + value + "'");
        }
        CompiledTerm term = context.term(value);
        if (term != null) {
            if (vocab) {
                if (term.iri() == null) {
                    throw new Decline("the term '" + value + "' does not map to an IRI");
                }
                return term.iri();
            }
            if (term.keyword() != null) {
                throw new Decline("an @id value that is a keyword alias");
            }
        }
        int colon = value.indexOf(':', 1);
        if (colon == 1 && value.charAt(0) == '_') {
            return run.documentBlankNode(value.substring(2));
        }
        if (colon > 0 && !value.startsWith("//", colon + 1)) {
            CompiledTerm prefix = context.term(value.substring(0, colon));
            if (prefix != null && prefix.prefix()) {
                throw new Decline("the compact IRI '" + value + "'");
            }
        }
        if (colon < 0 && vocab && context.vocabulary() != null) {
            return vocabularyIri(context, value);
        }
        if (!AbsoluteIris.isAbsolute(value)) {
            throw new Decline("'" + value + "' is not an absolute IRI");
        }
        return new Iri(value);
    }

    /**
     * The property a key that is no term names: an absolute IRI as it is, or, with a {@code @vocab}, the vocabulary
     * IRI followed by the key.
     */
    Iri property(CompiledContext context, String key) {
        if (key.startsWith("@") || key.startsWith("_:")) {
            throw new Decline("the key '" + key + "'");
        }
        int colon = key.indexOf(':', 1);
        if (colon > 0) {
            if (!key.startsWith("//", colon + 1)) {
                CompiledTerm prefix = context.term(key.substring(0, colon));
                if (prefix != null && prefix.prefix()) {
                    throw new Decline("the compact IRI '" + key + "'");
                }
            }
            if (!AbsoluteIris.isAbsolute(key)) {
                throw new Decline("the key '" + key + "' is not an absolute IRI");
            }
            return new Iri(key);
        }
        if (context.vocabulary() == null) {
            throw new Decline("the key '" + key + "' is not a term the fast path knows");
        }
        return vocabularyIri(context, key);
    }

    private static Iri vocabularyIri(CompiledContext context, String value) {
        String iri = context.vocabulary() + value;
        if (!AbsoluteIris.isAbsolute(iri)) {
            throw new Decline("'" + iri + "' is not an absolute IRI");
        }
        return new Iri(iri);
    }

    /** A scalar value of {@code term}, expanded by the term's type mapping (after its scoped context, if any). */
    RdfTerm scalar(JsonNode item, CompiledContext active, CompiledTerm term) {
        CompiledContext context = active;
        CompiledTerm definition = term;
        if (term.localContext() != null) {
            context = CompiledContexts.scalarScoped(active, term, term.baseUrl());
            NodeScope.requireSupported(context);
            definition = context.term(term.name());
        }
        if (definition == null) {
            return Literals.of(item, null);
        }
        if (definition.unsupported() != null) {
            throw new Decline("the term '" + definition.name() + "' is " + definition.unsupported());
        }
        String typeMapping = definition.typeMapping();
        if (item.isTextual() && "@id".equals(typeMapping)) {
            return reference(context, item.textValue(), false);
        }
        if (item.isTextual() && "@vocab".equals(typeMapping)) {
            return reference(context, item.textValue(), true);
        }
        if (typeMapping == null
                || typeMapping.equals("@id")
                || typeMapping.equals("@vocab")
                || typeMapping.equals("@none")) {
            return Literals.of(item, null);
        }
        if (definition.datatype() == null) {
            throw new Decline("the type mapping '" + typeMapping + "'");
        }
        return Literals.of(item, definition.datatype());
    }

    /** A value object: {@code @value} with {@code @language} or {@code @type}; null when its value is null. */
    RdfTerm valueObject(ObjectNode element, NodeScope scope) {
        JsonNode value = null;
        JsonNode language = null;
        JsonNode type = null;
        int i = 0;
        for (Entry<String, JsonNode> entry : element.properties()) {
            String keyword = scope.keywords()[i++];
            if ("@value".equals(keyword) && value == null) {
                value = entry.getValue();
            } else if ("@language".equals(keyword) && language == null) {
                language = entry.getValue();
            } else if ("@type".equals(keyword) && type == null) {
                type = entry.getValue();
            } else {
                throw new Decline("a value object with the key '" + entry.getKey() + "'");
            }
        }
        if (language != null && (!language.isTextual() || type != null)) {
            throw new Decline("a value object with a non-string @language, or with both @language and @type");
        }
        if (value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new Decline("a @value that is an object or array");
        }
        if (type != null) {
            if (!type.isTextual()
                    || !(reference(scope.typeContext(), type.textValue(), true) instanceof Iri datatype)) {
                throw new Decline("a value object's @type that is not an IRI");
            }
            return Literals.of(value, datatype);
        }
        return language != null ? Literals.languageTagged(value, language.textValue()) : Literals.of(value, null);
    }
}
