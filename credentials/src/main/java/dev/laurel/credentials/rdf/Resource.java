package dev.laurel.credentials.rdf;

/** A term that can be a subject or a graph name: an {@link Iri} or a {@link BlankNode}. */
public sealed interface Resource extends RdfTerm, GraphName permits Iri, BlankNode {}
