package dev.laurel.credentials.rdf;

/**
 * A node of an RDF graph: an {@link Iri}, a {@link BlankNode} or a {@link Literal}.
 *
 * <p>Terms are immutable (hence thread-safe) records compared by value (RDF term equality: an IRI by its string, a
 * blank node by its label, a literal by lexical form, datatype, language tag and direction; no value normalization, so
 * {@code "01"} and {@code "1"} typed {@code xsd:integer} are different terms). Construction does no parsing or
 * validation beyond null checks and literal consistency, so converters can build them cheaply; {@link NQuads#parse}
 * validates its input.
 */
public sealed interface RdfTerm permits Resource, Literal {}
