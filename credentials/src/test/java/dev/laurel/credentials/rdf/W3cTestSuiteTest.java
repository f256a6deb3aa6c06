package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The W3C RDFC-1.0 test suite, driven by its manifest: every entry becomes one test of its type's factory, and {@link
 * #everyManifestEntryIsOfATypeRunHere} fails if an entry has a type none of them runs, so nothing is skipped. The
 * manifest's {@code hashAlgorithm} (SHA384 for test075) selects the hash.
 */
class W3cTestSuiteTest {

    private static final String SUITE = "rdf-canon-tests/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EVAL = "rdfc:RDFC10EvalTest";
    private static final String MAP = "rdfc:RDFC10MapTest";
    private static final String NEGATIVE_EVAL = "rdfc:RDFC10NegativeEvalTest";

    @TestFactory
    Stream<DynamicTest> evalTests() {
        return testsOfType(EVAL, (entry, canonicalizer, input) -> {
            String result = SUITE + entry.path("result").asText();
            CanonicalDataset canonical = canonicalizer.canonicalize(input);
            assertThat(canonical.nquads()).isEqualTo(Fixtures.text(result));
            assertThat(canonical.nquads().getBytes(StandardCharsets.UTF_8)).isEqualTo(Fixtures.bytes(result));
            assertThat(canonicalizer.canonicalNQuads(input)).isEqualTo(canonical.nquads());
        });
    }

    @TestFactory
    Stream<DynamicTest> mapTests() {
        return testsOfType(MAP, (entry, canonicalizer, input) -> {
            Map<String, String> expected =
                    JSON.readValue(Fixtures.bytes(SUITE + entry.path("result").asText()), new TypeReference<>() {});
            CanonicalDataset canonical = canonicalizer.canonicalize(input);
            assertThat(canonical.issuedIdentifiers()).isEqualTo(expected);
            assertThat(canonical.issuedIdentifiers().keySet()).isEqualTo(blankNodeLabels(input));
        });
    }

    @TestFactory
    Stream<DynamicTest> negativeEvalTests() {
        return testsOfType(NEGATIVE_EVAL, (entry, canonicalizer, input) -> {
            assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                    .isInstanceOf(CanonicalizationLimitException.class);
            assertThatThrownBy(() -> canonicalizer.canonicalNQuads(input))
                    .isInstanceOf(CanonicalizationLimitException.class);
        });
    }

    @Test
    void everyManifestEntryIsOfATypeRunHere() {
        assertThat(entries())
                .extracting(entry -> entry.path("type").asText())
                .allMatch(type -> Set.of(EVAL, MAP, NEGATIVE_EVAL).contains(type))
                .contains(EVAL, MAP, NEGATIVE_EVAL);
    }

    private static Stream<DynamicTest> testsOfType(String type, SuiteCheck check) {
        return entries().stream()
                .filter(entry -> entry.path("type").asText().equals(type))
                .map(entry -> DynamicTest.dynamicTest(
                        entry.path("id").asText() + " " + entry.path("name").asText(), () -> {
                            Canonicalizer canonicalizer =
                                    Canonicalizer.rdfc10().withHashAlgorithm(hashAlgorithm(entry));
                            List<Quad> input = NQuads.parse(
                                    Fixtures.text(SUITE + entry.path("action").asText()));
                            check.run(entry, canonicalizer, input);
                        }));
    }

    @FunctionalInterface
    private interface SuiteCheck {
        void run(JsonNode entry, Canonicalizer canonicalizer, List<Quad> input) throws Exception;
    }

    private static HashAlgorithm hashAlgorithm(JsonNode entry) {
        String name = entry.path("hashAlgorithm").asText("SHA256");
        return switch (name) {
            case "SHA256" -> HashAlgorithm.SHA_256;
            case "SHA384" -> HashAlgorithm.SHA_384;
            default -> throw new IllegalArgumentException("unknown hashAlgorithm " + name);
        };
    }

    static Set<String> blankNodeLabels(Collection<Quad> quads) {
        Set<String> labels = new TreeSet<>();
        for (Quad quad : quads) {
            for (Object term : List.of(quad.subject(), quad.object(), quad.graph())) {
                if (term instanceof BlankNode node) {
                    labels.add(node.label());
                }
            }
        }
        return labels;
    }

    static List<JsonNode> entries() {
        try {
            JsonNode manifest = JSON.readTree(Fixtures.bytes(SUITE + "manifest.jsonld"));
            List<JsonNode> entries = new ArrayList<>();
            manifest.path("entries").forEach(entries::add);
            assertThat(entries).isNotEmpty();
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
