package dev.laurel.credentials.rdf;

import java.util.Map;

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
    /** Per position: an IRI's value (written between angle brackets), or a literal's canonical form. */
    private final String[] text = new String[SIZE];

    private final boolean[] iri = new boolean[SIZE];
    private final int[] nodes = {-1, -1, -1, -1};
    private boolean needsCodePointOrder;

    /** {@code wideIris} remembers, per IRI value instance, whether it holds characters at or above the surrogates. */
    QuadTemplate(Quad quad, Map<String, Boolean> wideIris) {
        this.quad = quad;
        setTerm(SUBJECT, quad.subject(), wideIris);
        setTerm(1, quad.predicate(), wideIris);
        setTerm(OBJECT, quad.object(), wideIris);
        if (quad.graph() instanceof Resource graph) {
            setTerm(GRAPH, graph, wideIris);
        }
    }

    private void setTerm(int position, RdfTerm term, Map<String, Boolean> wideIris) {
        switch (term) {
            case BlankNode node -> {}
            case Iri value -> {
                text[position] = value.value();
                iri[position] = true;
                needsCodePointOrder |= wideIris.computeIfAbsent(value.value(), CodePointOrder::needsCodePointOrder);
            }
            case Literal literal -> {
                text[position] = CanonicalTerms.literal(literal);
                needsCodePointOrder |= CodePointOrder.needsCodePointOrder(text[position]);
            }
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
                if (iri[position]) {
                    out.append('<').append(text[position]).append('>');
                } else {
                    out.append(text[position]);
                }
            }
        }
        out.append(" .\n");
    }
}
