package dev.laurel.credentials.rdf;

/**
 * A blank node, identified within one dataset by its label.
 *
 * <p>The label is the blank node identifier without the {@code _:} prefix. Two blank nodes with the same label are
 * the same node; labels carry no meaning across datasets. Canonicalization relabels blank nodes {@code c14n0},
 * {@code c14n1}, ...
 *
 * @param label the blank node identifier without {@code _:}, never null or empty
 */
public record BlankNode(String label) implements Resource {

    public BlankNode {
        if (label.isEmpty()) {
            throw new IllegalArgumentException("blank node label is empty");
        }
    }

    @Override
    public String toString() {
        return "_:" + label;
    }
}
