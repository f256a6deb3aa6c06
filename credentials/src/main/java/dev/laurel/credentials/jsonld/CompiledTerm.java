package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.DirectionType;
import com.apicatalog.jsonld.lang.Keywords;
import dev.laurel.credentials.rdf.Iri;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Collection;
import java.util.Set;

/**
 * One term definition of a {@link CompiledContext}, read once from the JSON-LD processor's own definition, with what
 * the fast path needs at hand.
 *
 * @param name the term
 * @param mapping the IRI mapping: an IRI, a keyword (for aliases such as {@code id}), or null
 * @param keyword {@code mapping} when it is a keyword, else null
 * @param iri {@code mapping} as an RDF IRI, when it is an absolute IRI the general path keeps; else null
 * @param typeMapping the type mapping: null, {@code @id}, {@code @vocab}, {@code @json}, {@code @none} or an IRI
 * @param datatype {@code typeMapping} as an RDF IRI, when it is an absolute IRI the general path keeps; else null
 * @param container how values are contained
 * @param localContext the scoped context, or null
 * @param baseUrl the base URL of the scoped context
 * @param prefix whether the term may be the prefix of a compact IRI
 * @param unsupported why the fast path cannot use this term (reverse property, language or direction mapping, index
 *     mapping, nesting), or null
 */
record CompiledTerm(
        String name,
        String mapping,
        String keyword,
        Iri iri,
        String typeMapping,
        Iri datatype,
        Container container,
        JsonValue localContext,
        URI baseUrl,
        boolean prefix,
        String unsupported) {

    /** How a term contains its values, as far as RDF is concerned. */
    enum Container {
        /** No container, or {@code @set}: each value on its own. */
        NONE,
        /** {@code @list}: the values form an RDF list. */
        LIST,
        /** {@code @graph} (with or without {@code @set}): each value in a named graph of its own. */
        GRAPH,
        /** Anything else: language, index, id and type maps. */
        OTHER
    }

    static CompiledTerm of(String name, TermDefinition definition) {
        String mapping = definition.getUriMapping();
        String typeMapping = definition.getTypeMapping();
        return new CompiledTerm(
                name,
                mapping,
                mapping != null && Keywords.contains(mapping) ? mapping : null,
                iri(mapping),
                typeMapping,
                typeMapping == null || typeMapping.startsWith("@") ? null : iri(typeMapping),
                container(definition.getContainerMapping()),
                definition.getLocalContext(),
                definition.getBaseUrl(),
                definition.isPrefix(),
                unsupported(definition));
    }

    /** A property named by an IRI rather than a term: no coercion, no container, no scoped context. */
    static CompiledTerm plain(String key, Iri iri) {
        return new CompiledTerm(key, iri.value(), null, iri, null, null, Container.NONE, null, null, false, null);
    }

    private static Iri iri(String value) {
        return value != null && !value.startsWith("_:") && AbsoluteIris.isAbsolute(value) ? new Iri(value) : null;
    }

    private static Container container(Collection<String> mapping) {
        if (mapping == null || mapping.isEmpty() || mapping.equals(Set.of(Keywords.SET))) {
            return Container.NONE;
        }
        if (mapping.equals(Set.of(Keywords.LIST))) {
            return Container.LIST;
        }
        if (mapping.equals(Set.of(Keywords.GRAPH)) || mapping.equals(Set.of(Keywords.GRAPH, Keywords.SET))) {
            return Container.GRAPH;
        }
        return Container.OTHER;
    }

    private static String unsupported(TermDefinition definition) {
        if (definition.isReverseProperty()) {
            return "a reverse property";
        }
        if (definition.getLanguageMapping() != null) {
            return "a term with a language mapping";
        }
        DirectionType direction = definition.getDirectionMapping();
        if (direction != null && direction != DirectionType.NULL) {
            return "a term with a direction mapping";
        }
        if (definition.getIndexMapping() != null || definition.getNestValue() != null) {
            return "a term with an index mapping or nesting";
        }
        return null;
    }
}
