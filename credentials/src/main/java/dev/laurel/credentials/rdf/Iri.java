package dev.laurel.credentials.rdf;

import java.util.Objects;

/**
 * An IRI, held as its Unicode string without angle brackets and without escapes.
 *
 * <p>The value is not checked to be an absolute IRI: callers that build IRIs from untrusted text validate them first
 * ({@link NQuads#parse} does). The canonical N-Quads form writes the value unchanged between {@code <} and {@code >}.
 *
 * @param value the IRI, never null
 */
public record Iri(String value) implements Resource {

    /** {@code http://www.w3.org/2001/XMLSchema#string}, the datatype of a plain string literal. */
    public static final Iri XSD_STRING = new Iri("http://www.w3.org/2001/XMLSchema#string");

    /** {@code http://www.w3.org/1999/02/22-rdf-syntax-ns#langString}, the datatype of a language-tagged string. */
    public static final Iri RDF_LANG_STRING = new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");

    /**
     * {@code http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString}, the RDF 1.2 datatype of a language-tagged
     * string with a base direction.
     */
    public static final Iri RDF_DIR_LANG_STRING = new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString");

    public Iri {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return '<' + value + '>';
    }
}
