package dev.laurel.credentials.rdf;

import java.util.Objects;

/**
 * One statement of an RDF dataset: subject, predicate, object, and the graph it belongs to.
 *
 * <p>A quad of the default graph has {@link DefaultGraph#INSTANCE} as its graph, never {@code null}. Quads are
 * immutable (hence thread-safe) and compared by value, so a {@code Set<Quad>} is an RDF dataset.
 *
 * @param subject an IRI or blank node
 * @param predicate an IRI
 * @param object any term
 * @param graph a named graph (IRI or blank node) or {@link DefaultGraph#INSTANCE}
 */
public record Quad(Resource subject, Iri predicate, RdfTerm object, GraphName graph) {

    public Quad {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(graph, "graph");
    }

    /** A quad in the default graph. */
    public static Quad of(Resource subject, Iri predicate, RdfTerm object) {
        return new Quad(subject, predicate, object, DefaultGraph.INSTANCE);
    }

    /** A quad in the named graph {@code graph}. */
    public static Quad of(Resource subject, Iri predicate, RdfTerm object, Resource graph) {
        return new Quad(subject, predicate, object, graph);
    }

    /** Whether this quad belongs to the default graph. */
    public boolean inDefaultGraph() {
        return graph == DefaultGraph.INSTANCE;
    }

    /** This quad as one canonical N-Quads line, without the terminating newline. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(128);
        CanonicalTerms.appendQuad(line, this);
        return line.toString();
    }
}
