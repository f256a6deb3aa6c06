package dev.laurel.credentials.rdf;

/**
 * The graph a {@link Quad} belongs to: a named graph ({@link Iri} or {@link BlankNode}) or the {@link DefaultGraph}.
 *
 * <p>The default graph is a value of its own rather than {@code null}, so a {@code switch} over a graph name is
 * exhaustive and must say what happens to the default graph.
 */
public sealed interface GraphName permits Resource, DefaultGraph {}
