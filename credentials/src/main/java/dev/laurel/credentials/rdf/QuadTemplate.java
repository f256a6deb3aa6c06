package dev.laurel.credentials.rdf;

/**
 * A quad pre-serialized for hashing: its IRIs and literals already in canonical N-Quads form, its blank nodes as
 * indexes to be labelled per use (as {@code _:a}/{@code _:z}, or canonically).
 */
final class QuadTemplate {

    static final int SUBJECT = 0;
    static final int OBJECT = 2;
    static final int GRAPH = 3;

    private static final int SIZE = 4;

    /** Labels a blank node, given its index, while a line is written. */
    @FunctionalInterface
    interface Labels {
        void append(StringBuilder out, int node);
    }

    final Quad quad;
    private final String[] text = new String[SIZE];
    private final int[] nodes = {-1, -1, -1, -1};
    private boolean needsCodePointOrder;

    QuadTemplate(Quad quad) {
        this.quad = quad;
        setTerm(SUBJECT, quad.subject());
        text[1] = CanonicalTerms.term(quad.predicate());
        needsCodePointOrder = CodePointOrder.needsCodePointOrder(text[1]);
        setTerm(OBJECT, quad.object());
        if (quad.graph() instanceof Resource graph) {
            setTerm(GRAPH, graph);
        }
    }

    private void setTerm(int position, RdfTerm term) {
        if (!(term instanceof BlankNode)) {
            text[position] = CanonicalTerms.term(term);
            needsCodePointOrder |= CodePointOrder.needsCodePointOrder(text[position]);
        }
    }

    /** Whether a line of this quad could sort differently by code unit than by code point (blank labels are ASCII). */
    boolean needsCodePointOrder() {
        return needsCodePointOrder;
    }

    void setNode(int position, int node) {
        nodes[position] = node;
    }

    /** The blank node index at {@code position}, or -1 if that component is not a blank node. */
    int node(int position) {
        return nodes[position];
    }

    /** Appends the canonical N-Quads line of this quad, newline included, labelling blank nodes with {@code labels}. */
    void appendLine(StringBuilder out, Labels labels) {
        for (int position = 0; position < SIZE; position++) {
            if (nodes[position] >= 0) {
                if (position > 0) {
                    out.append(' ');
                }
                labels.append(out, nodes[position]);
            } else if (text[position] != null) {
                if (position > 0) {
                    out.append(' ');
                }
                out.append(text[position]);
            }
        }
        out.append(" .\n");
    }
}
