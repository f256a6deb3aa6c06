package dev.laurel.credentials.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The distinct quads of a dataset with their blank nodes numbered 0..n-1 in order of first appearance, and for each
 * blank node the quads that mention it: RDFC-1.0's blank node to quads map.
 */
final class BlankNodeMentions {

    final List<QuadTemplate> quads;
    private final List<String> labels = new ArrayList<>();
    private final List<List<QuadTemplate>> mentions = new ArrayList<>();

    BlankNodeMentions(Collection<Quad> dataset) {
        LinkedHashSet<Quad> distinct = new LinkedHashSet<>(dataset);
        quads = new ArrayList<>(distinct.size());
        Map<String, Integer> index = new HashMap<>();
        Map<String, Boolean> wideIris = new IdentityHashMap<>();
        for (Quad quad : distinct) {
            QuadTemplate template = new QuadTemplate(quad, wideIris);
            mention(template, QuadTemplate.SUBJECT, quad.subject(), index);
            mention(template, QuadTemplate.OBJECT, quad.object(), index);
            if (quad.graph() instanceof Resource graph) {
                mention(template, QuadTemplate.GRAPH, graph, index);
            }
            quads.add(template);
        }
    }

    private void mention(QuadTemplate template, int position, RdfTerm term, Map<String, Integer> index) {
        if (!(term instanceof BlankNode node)) {
            return;
        }
        Integer number = index.get(node.label());
        if (number == null) {
            number = labels.size();
            index.put(node.label(), number);
            labels.add(node.label());
            mentions.add(new ArrayList<>());
        }
        template.setNode(position, number);
        List<QuadTemplate> quadsOfNode = mentions.get(number);
        // a quad is recorded once per node, even if it mentions the node twice; it was appended last if at all
        if (quadsOfNode.isEmpty() || quadsOfNode.getLast() != template) {
            quadsOfNode.add(template);
        }
    }

    /** How many distinct blank nodes the dataset has. */
    int size() {
        return labels.size();
    }

    /** The input label of blank node {@code node}. */
    String label(int node) {
        return labels.get(node);
    }

    /** The quads mentioning blank node {@code node}, each once, in input order. */
    List<QuadTemplate> of(int node) {
        return mentions.get(node);
    }
}
