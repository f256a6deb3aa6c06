package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.rdf.BlankNode;
import dev.laurel.credentials.rdf.DefaultGraph;
import dev.laurel.credentials.rdf.GraphName;
import dev.laurel.credentials.rdf.Iri;
import dev.laurel.credentials.rdf.Quad;
import dev.laurel.credentials.rdf.RdfTerm;
import dev.laurel.credentials.rdf.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The fast path: a JSON-LD document whose contexts are all bundled, turned straight into its RDF dataset in one walk
 * over the JSON tree — JSON-LD 1.1 expansion, node map generation and conversion to RDF folded together, with the
 * contexts compiled once ({@link CompiledContexts}).
 *
 * <p>It follows the general path ({@link JsonLdToRdf}) step by step for what credentials use: keyword aliases, type
 * coercion ({@code @id}, {@code @vocab}, datatypes), {@code @set}, {@code @list} and {@code @graph} containers,
 * property- and type-scoped contexts with their reverting, embedded {@code @context} lists, value objects with
 * {@code @language} or {@code @type}, nested node objects as blank nodes. Anything else — an inline or unknown context, a
 * context with {@code @base}, a default language or a relative {@code @vocab}, an undefined term, a value the general
 * path would refuse or drop, another keyword or container — it declines ({@link Decline}), and the general path
 * answers. One instance per document; not thread-safe.
 */
final class FastPath {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final Iri RDF_TYPE = new Iri(RDF + "type");
    private static final Iri RDF_FIRST = new Iri(RDF + "first");
    private static final Iri RDF_REST = new Iri(RDF + "rest");
    private static final Iri RDF_NIL = new Iri(RDF + "nil");

    private final List<Quad> quads = new ArrayList<>();
    private final Map<String, BlankNode> documentLabels = new HashMap<>();
    private final Values values = new Values(this);
    private int blankNodes;

    private FastPath() {}

    /** The dataset of {@code document}, or why the fast path leaves it to the general path. */
    static Conversion convert(JsonNode document) {
        if (!(document instanceof ObjectNode root)) {
            return new Conversion.Declined("the document is not a JSON object");
        }
        FastPath run = new FastPath();
        try {
            if (!(run.object(root, CompiledContexts.empty(), null, DefaultGraph.INSTANCE) instanceof Resource)) {
                return new Conversion.Declined("the document is not a node object");
            }
            return new Conversion.Converted(run.quads);
        } catch (Decline decline) {
            return new Conversion.Declined(decline.getMessage());
        } catch (RuntimeException e) {
            return new Conversion.Declined("unexpected: " + e);
        }
    }

    /**
     * A JSON object, the value of {@code property} (null at the top) in {@code active}: a node object, whose subject is
     * returned after its statements are added to {@code graph}; or a value object, whose literal is returned; null when
     * the value is dropped (a null {@code @value}).
     */
    RdfTerm object(ObjectNode element, CompiledContext active, CompiledTerm property, GraphName graph) {
        NodeScope scope = NodeScope.of(element, active, property);
        if (scope.valueObject()) {
            return values.valueObject(element, scope);
        }
        return node(element, scope, graph);
    }

    private Resource node(ObjectNode element, NodeScope scope, GraphName graph) {
        CompiledContext active = scope.active();
        String[] keywords = scope.keywords();
        Resource subject = null;
        int i = 0;
        for (Entry<String, JsonNode> entry : element.properties()) {
            if ("@id".equals(keywords[i++])) {
                if (subject != null) {
                    throw new Decline("two keys expand to @id");
                }
                if (!entry.getValue().isTextual()) {
                    throw new Decline("an @id that is not a string");
                }
                subject = values.reference(active, entry.getValue().textValue(), false);
            }
        }
        if (subject == null) {
            subject = blankNode();
        }
        i = 0;
        for (Entry<String, JsonNode> entry : element.properties()) {
            String keyword = keywords[i];
            CompiledTerm term = scope.terms()[i++];
            if (keyword == null) {
                if (term == null) {
                    term = CompiledTerm.plain(entry.getKey(), values.property(active, entry.getKey()));
                } else if (term.iri() == null) {
                    throw new Decline("the term '" + entry.getKey() + "' does not map to an IRI");
                }
                property(subject, term, entry.getValue(), active, graph);
            } else if (keyword.equals("@type")) {
                types(subject, entry.getValue(), scope.typeContext(), graph);
            } else if (!keyword.equals("@id") && !keyword.equals("@context")) {
                throw new Decline("the keyword " + keyword);
            }
        }
        return subject;
    }

    private void types(Resource subject, JsonNode value, CompiledContext typeContext, GraphName graph) {
        for (JsonNode type : value.isArray() ? value : List.of(value)) {
            if (!type.isTextual()) {
                throw new Decline("a @type value that is not a string");
            }
            Resource iri = values.reference(typeContext, type.textValue(), true);
            if (!(iri instanceof Iri)) {
                throw new Decline("a blank node as a type");
            }
            add(subject, RDF_TYPE, iri, graph);
        }
    }

    private void property(
            Resource subject, CompiledTerm term, JsonNode value, CompiledContext active, GraphName graph) {
        if (term.unsupported() != null) {
            throw new Decline("the term '" + term.name() + "' is " + term.unsupported());
        }
        if ("@json".equals(term.typeMapping())) {
            throw new Decline("a @json value");
        }
        switch (term.container()) {
            case NONE -> {
                for (JsonNode item : items(value)) {
                    RdfTerm object = item(item, active, term, graph);
                    if (object != null) {
                        add(subject, term.iri(), object, graph);
                    }
                }
            }
            case LIST -> add(subject, term.iri(), list(value, active, term, graph), graph);
            case GRAPH -> {
                for (JsonNode item : items(value)) {
                    BlankNode named = blankNode();
                    RdfTerm object = item(item, active, term, named);
                    if (object instanceof Resource) {
                        add(subject, term.iri(), named, graph);
                    } else if (object != null) {
                        throw new Decline("a value that is not a node in a @graph container");
                    }
                }
            }
            case OTHER -> throw new Decline("the term '" + term.name() + "' has a container the fast path lacks");
        }
    }

    private Resource list(JsonNode value, CompiledContext active, CompiledTerm term, GraphName graph) {
        List<RdfTerm> elements = new ArrayList<>();
        for (JsonNode item : items(value)) {
            RdfTerm element = item(item, active, term, graph);
            if (element != null) {
                elements.add(element);
            }
        }
        if (elements.isEmpty()) {
            return RDF_NIL;
        }
        BlankNode head = blankNode();
        BlankNode node = head;
        for (int i = 0; i < elements.size(); i++) {
            add(node, RDF_FIRST, elements.get(i), graph);
            BlankNode next = i + 1 < elements.size() ? blankNode() : null;
            add(node, RDF_REST, next == null ? RDF_NIL : next, graph);
            node = next;
        }
        return head;
    }

    /** The RDF term of one value of {@code term}; null when the value is dropped (null). */
    private RdfTerm item(JsonNode item, CompiledContext active, CompiledTerm term, GraphName graph) {
        if (item.isNull()) {
            return null;
        }
        if (item instanceof ObjectNode object) {
            return object(object, active, term, graph);
        }
        if (item.isArray()) {
            throw new Decline("an array nested in an array");
        }
        return values.scalar(item, active, term);
    }

    private static Iterable<JsonNode> items(JsonNode value) {
        if (!value.isArray()) {
            return List.of(value);
        }
        return value;
    }

    private void add(Resource subject, Iri predicate, RdfTerm object, GraphName graph) {
        quads.add(new Quad(subject, predicate, object, graph));
    }

    BlankNode blankNode() {
        return new BlankNode("b" + blankNodes++);
    }

    /** The blank node a document's {@code _:label} names: the same label, the same node, in every graph. */
    BlankNode documentBlankNode(String label) {
        return documentLabels.computeIfAbsent(label, l -> new BlankNode("d" + documentLabels.size()));
    }
}
