package dev.laurel.credentials.rdf;

import java.util.Collection;
import java.util.List;

/**
 * Reads and writes N-Quads documents.
 *
 * <p>{@link #parse} accepts the RDF 1.1 N-Quads grammar (comments, blank lines, CR/LF/CRLF line ends, ECHAR and UCHAR
 * escapes) plus RDF 1.2 directional language tags ({@code "..."@ar--rtl}); RDF 1.2 triple terms are not supported.
 * {@link #serialize} writes the canonical N-Quads form that RDFC-1.0 hashes and signs: one statement per line, each
 * ending with {@code "\n"}, single spaces between terms, minimal escaping. Parsing then serializing a canonical
 * document returns it unchanged.
 *
 * <p>Stateless and thread-safe.
 */
public final class NQuads {

    private NQuads() {}

    /**
     * Parses an N-Quads document into its quads, in document order, duplicates included.
     *
     * @throws NQuadsSyntaxException at the first violation of the grammar, with its line and column; also for
     *     relative IRIs, escapes that denote no Unicode scalar value, and escaped characters an IRI may not contain
     */
    public static List<Quad> parse(String document) {
        return new NQuadsParser(document).parse();
    }

    /** Writes {@code quads} in the given order as canonical N-Quads, each line ending with {@code "\n"}. */
    public static String serialize(Collection<Quad> quads) {
        StringBuilder out = new StringBuilder(quads.size() * 128);
        for (Quad quad : quads) {
            CanonicalTerms.appendQuad(out, quad);
            out.append('\n');
        }
        return out.toString();
    }

    /** Writes one quad as a canonical N-Quads statement, ending with {@code "\n"}. */
    public static String serialize(Quad quad) {
        StringBuilder out = new StringBuilder(128);
        CanonicalTerms.appendQuad(out, quad);
        return out.append('\n').toString();
    }

    /** Writes one term as in canonical N-Quads: {@code <iri>}, {@code _:label} or a quoted, escaped literal. */
    public static String serialize(RdfTerm term) {
        return CanonicalTerms.term(term);
    }
}
