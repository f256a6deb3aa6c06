package dev.laurel.credentials.rdf;

import java.util.Arrays;

/**
 * The RDFC-1.0 identifier issuer: issues {@code prefix + counter} to blank nodes in order and remembers the order.
 * Blank nodes are the dense indexes of {@link BlankNodeMentions}; an issued identifier is kept as its counter value.
 */
final class IdentifierIssuer {

    private final String prefix;
    private final int[] issuedByNode;
    private final int[] nodesInOrder;
    private int count;

    IdentifierIssuer(String prefix, int nodeCount) {
        this.prefix = prefix;
        this.issuedByNode = new int[nodeCount];
        this.nodesInOrder = new int[nodeCount];
        Arrays.fill(issuedByNode, -1);
    }

    private IdentifierIssuer(IdentifierIssuer original) {
        this.prefix = original.prefix;
        this.issuedByNode = original.issuedByNode.clone();
        this.nodesInOrder = original.nodesInOrder.clone();
        this.count = original.count;
    }

    IdentifierIssuer copy() {
        return new IdentifierIssuer(this);
    }

    /** The Issue Identifier algorithm: the counter value for {@code node}, issuing the next one if needed. */
    int issue(int node) {
        int issued = issuedByNode[node];
        if (issued < 0) {
            issued = count;
            issuedByNode[node] = issued;
            nodesInOrder[count++] = node;
        }
        return issued;
    }

    boolean hasIssued(int node) {
        return issuedByNode[node] >= 0;
    }

    /** Appends {@code _:} and the identifier issued to {@code node}, which must have one. */
    void appendIssued(StringBuilder out, int node) {
        out.append("_:").append(prefix).append(issuedByNode[node]);
    }

    String issuedIdentifier(int node) {
        return prefix + issuedByNode[node];
    }

    /** How many identifiers were issued. */
    int count() {
        return count;
    }

    /** The node that received the {@code i}-th identifier. */
    int nodeIssuedAt(int i) {
        return nodesInOrder[i];
    }
}
