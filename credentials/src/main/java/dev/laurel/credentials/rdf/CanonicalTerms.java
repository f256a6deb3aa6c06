package dev.laurel.credentials.rdf;

/**
 * Writes terms and quads in the canonical N-Quads form of RDFC-1.0 (RDF 1.2 canonical N-Triples extended with a graph
 * label): single spaces between terms, {@code " ."} at the end, IRIs written unescaped, and literal strings escaped
 * with the ECHARs {@code \b \t \n \f \r \" \\}, the other characters U+0000–U+001F and U+007F as UCHARs (backslash,
 * {@code u}, four upper-case hex digits), every other character written as itself. The W3C RDFC-1.0 test suite
 * (test060) fixes these rules.
 */
final class CanonicalTerms {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CanonicalTerms() {}

    /** Appends {@code quad} as a canonical N-Quads statement, without the terminating newline. */
    static void appendQuad(StringBuilder out, Quad quad) {
        appendTerm(out, quad.subject());
        out.append(' ');
        appendIri(out, quad.predicate().value());
        out.append(' ');
        appendTerm(out, quad.object());
        if (quad.graph() instanceof Resource graph) {
            out.append(' ');
            appendTerm(out, graph);
        }
        out.append(" .");
    }

    static void appendTerm(StringBuilder out, RdfTerm term) {
        switch (term) {
            case Iri iri -> appendIri(out, iri.value());
            case BlankNode node -> out.append("_:").append(node.label());
            case Literal literal -> appendLiteral(out, literal);
        }
    }

    static String term(RdfTerm term) {
        return switch (term) {
            case Iri iri -> '<' + iri.value() + '>';
            case BlankNode node -> "_:" + node.label();
            case Literal literal -> literal(literal);
        };
    }

    static String literal(Literal literal) {
        StringBuilder out = new StringBuilder(literal.lexicalForm().length() + 16);
        appendLiteral(out, literal);
        return out.toString();
    }

    static void appendIri(StringBuilder out, String iri) {
        out.append('<').append(iri).append('>');
    }

    static void appendLiteral(StringBuilder out, Literal literal) {
        out.append('"');
        appendEscaped(out, literal.lexicalForm());
        out.append('"');
        if (literal.language() != null) {
            out.append('@').append(literal.language());
            if (literal.direction() != null) {
                out.append("--").append(literal.direction().tag());
            }
        } else if (!literal.datatype().equals(Iri.XSD_STRING)) {
            out.append("^^");
            appendIri(out, literal.datatype().value());
        }
    }

    static void appendEscaped(StringBuilder out, String text) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
                continue;
            }
            out.append(text, start, i);
            start = i + 1;
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, start, text.length());
    }
}
