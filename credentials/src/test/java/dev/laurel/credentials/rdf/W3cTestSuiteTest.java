package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * The W3C RDFC-1.0 test suite, driven by its manifest: every entry becomes one test, and an entry of a type this
 * class does not know fails instead of being skipped.
 */
class W3cTestSuiteTest {

    private static final String SUITE = "rdf-canon-tests/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> manifestEntries() {
        return entries().stream()
                .map(entry -> DynamicTest.dynamicTest(
                        entry.path("id").asText() + " " + entry.path("name").asText() + " ["
                                + entry.path("type").asText() + "]",
                        () -> run(entry)));
    }

    @Test
    void manifestHasEveryKindOfTest() {
        Set<String> types = new TreeSet<>();
        entries().forEach(entry -> types.add(entry.path("type").asText()));
        assertThat(types).containsExactly("rdfc:RDFC10EvalTest", "rdfc:RDFC10MapTest", "rdfc:RDFC10NegativeEvalTest");
    }

    private static void run(JsonNode entry) throws Exception {
        String type = entry.path("type").asText();
        Canonicalizer canonicalizer = Canonicalizer.rdfc10().withHashAlgorithm(hashAlgorithm(entry));
        List<Quad> input =
                NQuads.parse(Fixtures.text(SUITE + entry.path("action").asText()));
        switch (type) {
            case "rdfc:RDFC10EvalTest" -> {
                String result = entry.path("result").asText();
                CanonicalDataset canonical = canonicalizer.canonicalize(input);
                assertThat(canonical.nquads()).isEqualTo(Fixtures.text(SUITE + result));
                assertThat(canonical.nquads().getBytes(StandardCharsets.UTF_8))
                        .isEqualTo(Fixtures.bytes(SUITE + result));
            }
            case "rdfc:RDFC10MapTest" -> {
                Map<String, String> expected = JSON.readValue(
                        Fixtures.bytes(SUITE + entry.path("result").asText()), new TypeReference<>() {});
                CanonicalDataset canonical = canonicalizer.canonicalize(input);
                assertThat(canonical.issuedIdentifiers()).isEqualTo(expected);
                assertThat(canonical.issuedIdentifiers().keySet()).isEqualTo(blankNodeLabels(input));
            }
            case "rdfc:RDFC10NegativeEvalTest" ->
                assertThatThrownBy(() -> canonicalizer.canonicalize(input))
                        .isInstanceOf(CanonicalizationLimitException.class);
            default -> fail("unknown test type " + type);
        }
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
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
