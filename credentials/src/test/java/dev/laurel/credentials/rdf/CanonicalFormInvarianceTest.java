package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: the canonical form does not depend on blank node labels, quad order or duplicate quads. Each input is
 * relabelled with random labels, shuffled and given random duplicates under fixed seeds, and must still produce the
 * reference canonical form byte for byte; the issued identifiers must map the relabelled input onto the canonical quads.
 */
class CanonicalFormInvarianceTest {

    private static final int VARIANTS = 8;

    @TestFactory
    Stream<DynamicTest> canonicalFormIgnoresBlankNodeLabelsQuadOrderAndDuplicates() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(invariance(
                "OB 3.0 complete",
                "vectors/ob-v3p0-canonical/complete/input.nq",
                "vectors/ob-v3p0-canonical/complete/canonical.nq",
                HashAlgorithm.SHA_256));
        tests.add(invariance(
                "OB 3.0 noendorse",
                "vectors/ob-v3p0-canonical/noendorse/input.nq",
                "vectors/ob-v3p0-canonical/noendorse/canonical.nq",
                HashAlgorithm.SHA_256));
        for (var entry : W3cTestSuiteTest.entries()) {
            if (entry.path("type").asText().equals("rdfc:RDFC10EvalTest")) {
                tests.add(invariance(
                        entry.path("id").asText() + " " + entry.path("name").asText(),
                        "rdf-canon-tests/" + entry.path("action").asText(),
                        "rdf-canon-tests/" + entry.path("result").asText(),
                        entry.path("hashAlgorithm").asText().equals("SHA384")
                                ? HashAlgorithm.SHA_384
                                : HashAlgorithm.SHA_256));
            }
        }
        return tests.stream();
    }

    private static DynamicTest invariance(String name, String input, String expected, HashAlgorithm algorithm) {
        return DynamicTest.dynamicTest(name, () -> {
            List<Quad> quads = NQuads.parse(Fixtures.text(input));
            String canonicalForm = Fixtures.text(expected);
            Canonicalizer canonicalizer = Canonicalizer.rdfc10().withHashAlgorithm(algorithm);
            for (int seed = 0; seed < VARIANTS; seed++) {
                Random random = new Random(seed * 7919L + name.hashCode());
                List<Quad> variant = shuffledWithDuplicates(relabelled(quads, randomLabels(quads, random)), random);

                CanonicalDataset canonical = canonicalizer.canonicalize(variant);

                assertThat(canonical.nquads()).as("seed %d", seed).isEqualTo(canonicalForm);
                assertThat(canonicalizer.canonicalNQuads(variant))
                        .as("seed %d", seed)
                        .isEqualTo(canonicalForm);
                assertThat(new HashSet<>(relabelled(variant, canonical.issuedIdentifiers())))
                        .as("seed %d", seed)
                        .isEqualTo(new HashSet<>(canonical.quads()));
            }
        });
    }

    private static Map<String, String> randomLabels(List<Quad> quads, Random random) {
        List<String> labels = new ArrayList<>(W3cTestSuiteTest.blankNodeLabels(quads));
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            fresh.add("r" + Integer.toString(random.nextInt(1 << 20), 36) + "x" + i);
        }
        Collections.shuffle(fresh, random);
        Map<String, String> mapping = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            mapping.put(labels.get(i), fresh.get(i));
        }
        return mapping;
    }

    private static List<Quad> shuffledWithDuplicates(List<Quad> quads, Random random) {
        List<Quad> result = new ArrayList<>(quads);
        for (int i = 0; !quads.isEmpty() && i < 1 + quads.size() / 10; i++) {
            result.add(quads.get(random.nextInt(quads.size())));
        }
        Collections.shuffle(result, random);
        return result;
    }

    static List<Quad> relabelled(List<Quad> quads, Map<String, String> labels) {
        return quads.stream()
                .map(quad -> new Quad(
                        (Resource) relabelled(quad.subject(), labels),
                        quad.predicate(),
                        relabelled(quad.object(), labels),
                        quad.graph() instanceof Resource graph ? (Resource) relabelled(graph, labels) : quad.graph()))
                .toList();
    }

    private static RdfTerm relabelled(RdfTerm term, Map<String, String> labels) {
        return term instanceof BlankNode node ? new BlankNode(labels.get(node.label())) : term;
    }
}
