package dev.laurel.credentials.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of the RDFC-1.0 canonicalization algorithm over one dataset; the canonicalization state of the
 * specification (blank node to quads map, first degree hashes, canonical issuer) plus the work counter.
 *
 * <p>Hashes are lower-case hex, so their natural order is code point order. Paths consist of ASCII identifiers, hashes
 * and angle brackets, so {@link StringBuilder#compareTo} is code point order too. Not thread-safe; used once.
 */
final class Canonicalization {

    private static final String CANONICAL_PREFIX = "c14n";
    private static final String TEMPORARY_PREFIX = "b";

    private final BlankNodeMentions mentions;
    private final Hasher hasher;
    private final long maxSteps;
    private final int maxDepth;
    private final String[] firstDegreeHashes;
    private final IdentifierIssuer canonicalIssuer;
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder relatedInput = new StringBuilder(128);
    private long steps;
    private int depth;

    Canonicalization(BlankNodeMentions mentions, Hasher hasher, long maxSteps, int maxDepth) {
        this.mentions = mentions;
        this.hasher = hasher;
        this.maxSteps = maxSteps;
        this.maxDepth = maxDepth;
        this.firstDegreeHashes = new String[mentions.size()];
        this.canonicalIssuer = new IdentifierIssuer(CANONICAL_PREFIX, mentions.size());
    }

    /** Steps 3 to 7 of the canonicalization algorithm (steps 1 and 2 built {@link BlankNodeMentions}). */
    CanonicalDataset run() {
        issueCanonicalIdentifiers();
        return canonicalForm();
    }

    /** Steps 3 to 6, then the serialized canonical form alone: no relabelled quads, no identifier map. */
    String runToNQuads() {
        issueCanonicalIdentifiers();
        List<String> lines = canonicalLines();
        int length = 0;
        for (String text : lines) {
            length += text.length();
        }
        StringBuilder document = new StringBuilder(length);
        for (String text : lines) {
            document.append(text);
        }
        return document.toString();
    }

    /** Steps 3 to 5: the canonical issuer issues an identifier to every blank node. */
    private void issueCanonicalIdentifiers() {
        Map<String, List<Integer>> hashToBlankNodes = new TreeMap<>();
        for (int node = 0; node < mentions.size(); node++) {
            hashToBlankNodes
                    .computeIfAbsent(hashFirstDegreeQuads(node), hash -> new ArrayList<>())
                    .add(node);
        }
        for (Iterator<List<Integer>> it = hashToBlankNodes.values().iterator(); it.hasNext(); ) {
            List<Integer> nodes = it.next();
            if (nodes.size() == 1) {
                canonicalIssuer.issue(nodes.getFirst());
                it.remove();
            }
        }
        for (List<Integer> nodes : hashToBlankNodes.values()) {
            List<NDegreeHash> hashPathList = new ArrayList<>();
            for (int node : nodes) {
                if (canonicalIssuer.hasIssued(node)) {
                    continue;
                }
                IdentifierIssuer temporaryIssuer = new IdentifierIssuer(TEMPORARY_PREFIX, mentions.size());
                temporaryIssuer.issue(node);
                hashPathList.add(hashNDegreeQuads(node, temporaryIssuer));
            }
            hashPathList.sort(Comparator.comparing(NDegreeHash::hash));
            for (NDegreeHash result : hashPathList) {
                for (int i = 0; i < result.issuer().count(); i++) {
                    canonicalIssuer.issue(result.issuer().nodeIssuedAt(i));
                }
            }
        }
    }

    /** The canonical N-Quads lines, each ending with a newline, sorted in code point order. */
    private List<String> canonicalLines() {
        QuadTemplate.Labels labels = canonicalIssuer::appendIssued;
        List<String> lines = new ArrayList<>(mentions.quads.size());
        boolean needsCodePointOrder = false;
        for (QuadTemplate quad : mentions.quads) {
            line.setLength(0);
            quad.appendLine(line, labels);
            lines.add(line.toString());
            needsCodePointOrder |= quad.needsCodePointOrder();
        }
        lines.sort(needsCodePointOrder ? CodePointOrder.COMPARATOR : Comparator.naturalOrder());
        return lines;
    }

    /** Hash First Degree Quads: the quads mentioning {@code node}, it labelled {@code a}, other blank nodes {@code z}. */
    private String hashFirstDegreeQuads(int node) {
        String hash = firstDegreeHashes[node];
        if (hash != null) {
            return hash;
        }
        List<QuadTemplate> quads = mentions.of(node);
        List<String> nquads = new ArrayList<>(quads.size());
        QuadTemplate.Labels labels = (out, other) -> out.append(other == node ? "_:a" : "_:z");
        boolean needsCodePointOrder = false;
        for (QuadTemplate quad : quads) {
            line.setLength(0);
            quad.appendLine(line, labels);
            nquads.add(line.toString());
            needsCodePointOrder |= quad.needsCodePointOrder();
        }
        nquads.sort(needsCodePointOrder ? CodePointOrder.COMPARATOR : Comparator.naturalOrder());
        for (String nquad : nquads) {
            hasher.update(nquad);
        }
        hash = hasher.hexDigest();
        firstDegreeHashes[node] = hash;
        return hash;
    }

    /** Hash Related Blank Node: how {@code related} appears in {@code quad} at {@code position} ('s', 'o' or 'g'). */
    private String hashRelatedBlankNode(int related, QuadTemplate quad, IdentifierIssuer issuer, char position) {
        StringBuilder input = relatedInput;
        input.setLength(0);
        input.append(position);
        if (position != 'g') {
            input.append('<').append(quad.quad.predicate().value()).append('>');
        }
        if (canonicalIssuer.hasIssued(related)) {
            canonicalIssuer.appendIssued(input, related);
        } else if (issuer.hasIssued(related)) {
            issuer.appendIssued(input, related);
        } else {
            input.append(hashFirstDegreeQuads(related));
        }
        return hasher.hash(input);
    }

    /** Hash N-Degree Quads. Never changes {@code issuer}; returns the issuer of the chosen paths. */
    private NDegreeHash hashNDegreeQuads(int node, IdentifierIssuer issuer) {
        spendStep();
        if (++depth > maxDepth) {
            throw new CanonicalizationLimitException(CanonicalizationLimitException.Limit.RECURSION_DEPTH, maxDepth);
        }
        try {
            Map<String, List<Integer>> relatedByHash = new TreeMap<>();
            for (QuadTemplate quad : mentions.of(node)) {
                addRelated(relatedByHash, node, quad, QuadTemplate.SUBJECT, 's', issuer);
                addRelated(relatedByHash, node, quad, QuadTemplate.OBJECT, 'o', issuer);
                addRelated(relatedByHash, node, quad, QuadTemplate.GRAPH, 'g', issuer);
            }
            StringBuilder dataToHash = new StringBuilder();
            for (Map.Entry<String, List<Integer>> entry : relatedByHash.entrySet()) {
                dataToHash.append(entry.getKey());
                ChosenPath chosen = choosePath(entry.getValue(), issuer);
                dataToHash.append(chosen.path());
                issuer = chosen.issuer();
            }
            return new NDegreeHash(hasher.hash(dataToHash), issuer);
        } finally {
            depth--;
        }
    }

    private void addRelated(
            Map<String, List<Integer>> relatedByHash,
            int node,
            QuadTemplate quad,
            int position,
            char positionName,
            IdentifierIssuer issuer) {
        int related = quad.node(position);
        if (related >= 0 && related != node) {
            String hash = hashRelatedBlankNode(related, quad, issuer, positionName);
            relatedByHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(related);
        }
    }

    /**
     * Step 5.4 of Hash N-Degree Quads: the shortest, then least, path over all orders of {@code blankNodeList}. Equal
     * orders (the list repeats a node) are tried once, which cannot change the outcome: they yield the same path, and
     * ties keep the first.
     */
    private ChosenPath choosePath(List<Integer> blankNodeList, IdentifierIssuer issuer) {
        int[] permutation =
                blankNodeList.stream().mapToInt(Integer::intValue).sorted().toArray();
        StringBuilder chosenPath = null;
        IdentifierIssuer chosenIssuer = null;
        do {
            spendStep();
            IdentifierIssuer issuerCopy = issuer.copy();
            StringBuilder path = new StringBuilder();
            IdentifierIssuer pathIssuer = extendPath(permutation, issuerCopy, path, chosenPath);
            if (pathIssuer != null && (chosenPath == null || path.compareTo(chosenPath) < 0)) {
                chosenPath = path;
                chosenIssuer = pathIssuer;
            }
        } while (Permutations.next(permutation));
        return new ChosenPath(chosenPath, chosenIssuer);
    }

    /**
     * Steps 5.4.2 to 5.4.5: builds the path of one permutation into {@code path}; returns the issuer at its end, or
     * {@code null} as soon as the path cannot beat {@code chosenPath}.
     */
    private IdentifierIssuer extendPath(
            int[] permutation, IdentifierIssuer issuerCopy, StringBuilder path, StringBuilder chosenPath) {
        List<Integer> recursionList = new ArrayList<>();
        for (int related : permutation) {
            if (canonicalIssuer.hasIssued(related)) {
                canonicalIssuer.appendIssued(path, related);
            } else {
                if (!issuerCopy.hasIssued(related)) {
                    recursionList.add(related);
                }
                issuerCopy.issue(related);
                issuerCopy.appendIssued(path, related);
            }
            if (cannotBeat(path, chosenPath)) {
                return null;
            }
        }
        for (int related : recursionList) {
            NDegreeHash result = hashNDegreeQuads(related, issuerCopy);
            issuerCopy.appendIssued(path, related);
            path.append('<').append(result.hash()).append('>');
            issuerCopy = result.issuer();
            if (cannotBeat(path, chosenPath)) {
                return null;
            }
        }
        return issuerCopy;
    }

    /** Counts one unit of work (a Hash N-Degree Quads call or a permutation it tries) against the limit. */
    private void spendStep() {
        if (++steps > maxSteps) {
            throw new CanonicalizationLimitException(CanonicalizationLimitException.Limit.STEPS, maxSteps);
        }
    }

    private static boolean cannotBeat(StringBuilder path, StringBuilder chosenPath) {
        return chosenPath != null && path.length() >= chosenPath.length() && path.compareTo(chosenPath) > 0;
    }

    /** Steps 6 and 7: relabels the quads with canonical identifiers and sorts their lines. */
    private CanonicalDataset canonicalForm() {
        BlankNode[] canonicalNodes = new BlankNode[mentions.size()];
        for (int node = 0; node < canonicalNodes.length; node++) {
            canonicalNodes[node] = new BlankNode(canonicalIssuer.issuedIdentifier(node));
        }
        QuadTemplate.Labels labels = canonicalIssuer::appendIssued;
        List<CanonicalLine> lines = new ArrayList<>(mentions.quads.size());
        boolean needsCodePointOrder = false;
        for (QuadTemplate quad : mentions.quads) {
            line.setLength(0);
            quad.appendLine(line, labels);
            needsCodePointOrder |= quad.needsCodePointOrder();
            lines.add(new CanonicalLine(line.toString(), relabel(quad, canonicalNodes)));
        }
        lines.sort(Comparator.comparing(
                CanonicalLine::text, needsCodePointOrder ? CodePointOrder.COMPARATOR : Comparator.naturalOrder()));
        int length = 0;
        for (CanonicalLine canonical : lines) {
            length += canonical.text().length();
        }
        StringBuilder document = new StringBuilder(length);
        Quad[] quads = new Quad[lines.size()];
        for (int i = 0; i < quads.length; i++) {
            document.append(lines.get(i).text());
            quads[i] = lines.get(i).quad();
        }
        Map<String, String> issued = new LinkedHashMap<>();
        for (int i = 0; i < canonicalIssuer.count(); i++) {
            int node = canonicalIssuer.nodeIssuedAt(i);
            issued.put(mentions.label(node), canonicalNodes[node].label());
        }
        return new CanonicalDataset(List.of(quads), issued, document.toString());
    }

    private static Quad relabel(QuadTemplate template, BlankNode[] canonicalNodes) {
        Quad quad = template.quad;
        int subject = template.node(QuadTemplate.SUBJECT);
        int object = template.node(QuadTemplate.OBJECT);
        int graph = template.node(QuadTemplate.GRAPH);
        if (subject < 0 && object < 0 && graph < 0) {
            return quad;
        }
        return new Quad(
                subject < 0 ? quad.subject() : canonicalNodes[subject],
                quad.predicate(),
                object < 0 ? quad.object() : canonicalNodes[object],
                graph < 0 ? quad.graph() : canonicalNodes[graph]);
    }

    private record NDegreeHash(String hash, IdentifierIssuer issuer) {}

    private record ChosenPath(StringBuilder path, IdentifierIssuer issuer) {}

    private record CanonicalLine(String text, Quad quad) {}
}
