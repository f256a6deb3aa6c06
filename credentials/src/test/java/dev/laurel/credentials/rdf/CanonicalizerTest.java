package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalizerTest {

    private static final Iri P = new Iri("http://example.org/p");
    private static final Iri NEXT = new Iri("http://example.org/next");

    @Test
    void stopsThePoisonedCliqueAtTheDefaultStepLimit() {
        List<Quad> clique = NQuads.parse(Fixtures.text("rdf-canon-tests/rdfc10/test074-in.nq"));

        assertTimeout(Duration.ofSeconds(10), () -> assertThatThrownBy(
                        () -> Canonicalizer.rdfc10().canonicalize(clique))
                .isInstanceOfSatisfying(CanonicalizationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(CanonicalizationLimitException.Limit.STEPS);
                    assertThat(e.maximum()).isEqualTo(Canonicalizer.DEFAULT_MAX_STEPS);
                })
                .hasMessageContaining("10000 steps"));
    }

    @Test
    void takesNoStepWhenEveryBlankNodeHasAUniqueFirstDegreeHash() {
        List<Quad> basic = NQuads.parse(Fixtures.text("vectors/ob-v3p0-canonical/basic/input.nq"));

        CanonicalDataset canonical = Canonicalizer.rdfc10().withMaxSteps(0).canonicalize(basic);

        assertThat(canonical.nquads()).isEqualTo(Fixtures.text("vectors/ob-v3p0-canonical/basic/canonical.nq"));
    }

    @Test
    void failsWhenAConfiguredStepLimitIsExceeded() {
        List<Quad> complete = NQuads.parse(Fixtures.text("vectors/ob-v3p0-canonical/complete/input.nq"));

        assertThatThrownBy(() -> Canonicalizer.rdfc10().withMaxSteps(10).canonicalize(complete))
                .isInstanceOfSatisfying(CanonicalizationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(CanonicalizationLimitException.Limit.STEPS);
                    assertThat(e.maximum()).isEqualTo(10);
                });
    }

    @Test
    void failsWhenRecursionIsDeeperThanAllowed() {
        List<Quad> ring = ring(12);

        assertThatThrownBy(() -> Canonicalizer.rdfc10().withMaxRecursionDepth(3).canonicalize(ring))
                .isInstanceOfSatisfying(CanonicalizationLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(CanonicalizationLimitException.Limit.RECURSION_DEPTH);
                    assertThat(e.maximum()).isEqualTo(3);
                });
        assertThat(Canonicalizer.rdfc10().canonicalize(ring).issuedIdentifiers())
                .hasSize(12);
    }

    @Test
    void rejectsNegativeLimits() {
        assertThatThrownBy(() -> Canonicalizer.rdfc10().withMaxSteps(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Canonicalizer.rdfc10().withMaxRecursionDepth(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsLinesInCodePointOrderNotUtf16Order() {
        // U+FF61 precedes U+1F600 as code points, but follows its surrogate pair as UTF-16 code units
        Iri s = new Iri("http://example.org/s");
        List<Quad> quads = List.of(
                Quad.of(s, P, Literal.string(Character.toString(0x1F600))),
                Quad.of(s, P, Literal.string(Character.toString(0xFF61))),
                Quad.of(s, P, Literal.string("z")));

        String nquads = Canonicalizer.rdfc10().canonicalize(quads).nquads();

        List<String> lines = List.of(nquads.split("\n"));
        List<String> byUtf8 = new ArrayList<>(lines);
        byUtf8.sort((a, b) ->
                Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        assertThat(lines).hasSize(3).isEqualTo(byUtf8);
        assertThat(lines.get(1)).contains(Character.toString(0xFF61));
    }

    @Test
    void treatsTheInputAsASetOfQuads() {
        List<Quad> quads = NQuads.parse(Fixtures.text("vectors/ob-v3p0-canonical/noendorse/input.nq"));
        List<Quad> doubled = new ArrayList<>(quads);
        doubled.addAll(quads);

        assertThat(Canonicalizer.rdfc10().canonicalize(doubled))
                .isEqualTo(Canonicalizer.rdfc10().canonicalize(quads));
    }

    @Test
    void distinguishesABlankNodeUsedAsGraphNameFromOneUsedAsObject() {
        BlankNode a = new BlankNode("a");
        BlankNode b = new BlankNode("b");
        Iri s = new Iri("http://example.org/s");
        List<Quad> asGraph = List.of(Quad.of(s, P, a), Quad.of(s, P, Literal.string("x"), b), Quad.of(a, P, b));
        List<Quad> asObject = List.of(Quad.of(s, P, a), Quad.of(s, P, b), Quad.of(a, P, b));

        CanonicalDataset graph = Canonicalizer.rdfc10().canonicalize(asGraph);
        CanonicalDataset object = Canonicalizer.rdfc10().canonicalize(asObject);

        assertThat(graph.quads()).anySatisfy(quad -> assertThat(quad.graph()).isInstanceOf(BlankNode.class));
        assertThat(graph.nquads()).isNotEqualTo(object.nquads());
    }

    @Test
    void returnsUnmodifiableResults() {
        CanonicalDataset canonical = Canonicalizer.rdfc10().canonicalize(ring(3));

        assertThatThrownBy(() -> canonical.quads().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> canonical.issuedIdentifiers().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** Blank nodes in a cycle, indistinguishable by their first degree hashes. */
    private static List<Quad> ring(int size) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            quads.add(Quad.of(new BlankNode("n" + i), NEXT, new BlankNode("n" + (i + 1) % size)));
        }
        return quads;
    }
}
