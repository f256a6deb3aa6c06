package dev.laurel.credentials.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path gives the general path's answer: the same canonical N-Quads, or it declines where the general path
 * refuses. Checked on every JSON document of the spec vectors and fixtures (with their proofs removed, their proof
 * configurations and their embedded credentials), and on random credentials from {@link RandomCredentials} with a
 * fixed seed: {@value #DEFAULT_COUNT} per build, any number with {@code -Dlaurel.differential.count=10000}.
 */
class FastPathDifferentialTest {

    static final long SEED = 20_261_122L;
    static final int DEFAULT_COUNT = 300;

    @Test
    void agreesWithTheGeneralPathOnEverySpecVectorAndFixture() throws Exception {
        Map<Differential.Outcome, Integer> outcomes = new EnumMap<>(Differential.Outcome.class);
        for (Path file : jsonFiles("spec", "fixtures")) {
            JsonNode document;
            try {
                document = Json.parse(Files.readAllBytes(file));
            } catch (MalformedJsonException notJson) {
                continue;
            }
            for (JsonNode variant : variants(document)) {
                outcomes.merge(Differential.compare(file.toString(), variant), 1, Integer::sum);
            }
        }
        System.out.println("spec vectors and fixtures: " + outcomes);
        assertThat(outcomes.get(Differential.Outcome.SAME)).isGreaterThan(140);
        // only these go to the general path: the two Open Badges 2.0 examples with a node-level @language, the
        // documents with an embedded @context (the Ed25519Signature2020 vector's controller document, with its @base,
        // and the embedded-context fixture in its three variants), and the two ecdsa-sd-2023 verifyNQuads.json vectors,
        // JSON arrays of strings (no JSON-LD: an empty dataset to the general path)
        assertThat(outcomes.get(Differential.Outcome.DECLINED)).isLessThanOrEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "spec/vectors/vc-di-eddsa/unsigned.json",
                "spec/vectors/vc-di-eddsa/eddsa-rdfc-2022/proofConfigDataInt.json",
                "spec/vectors/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json",
                "spec/vectors/ob-v3p0-impl/credential.json",
                "spec/vectors/clr-v2p0-impl/credential.json",
                "spec/vectors/ob-v3p0-canonical/basic/credential.json",
                "spec/vectors/ob-v3p0-canonical/noendorse/credential.json",
                "spec/vectors/ob-v3p0-canonical/complete/signed-reference.json",
                "spec/vectors/ob-v3p0-spec-examples/01-sample-endorsementcredential.json",
                "spec/vectors/ob-v3p0-spec-examples/06-complete-openbadgecredential.json",
                "spec/vectors/vc-bitstring-status-list/status-list-credential.json",
                "fixtures/verify/valid.json"
            })
    void convertsTheVectorsItself(String path) {
        JsonNode document = Fixtures.json(path);
        assertThat(Differential.declineReason(document)).isNull();
        assertThat(Differential.compare(path, document)).isEqualTo(Differential.Outcome.SAME);
    }

    @Test
    void agreesWithTheGeneralPathOnRandomCredentials() {
        int count = Integer.getInteger("laurel.differential.count", DEFAULT_COUNT);
        Map<Differential.Outcome, Integer> outcomes = new EnumMap<>(Differential.Outcome.class);
        for (int n = 0; n < count; n++) {
            RandomCredentials generated = RandomCredentials.generate(SEED, n);
            String name = "random credential " + n + " of seed " + SEED;
            Differential.Outcome outcome = Differential.compare(name, generated.credential());
            if (generated.plain()) {
                assertThat(outcome)
                        .as("%s declined: %s", name, Differential.declineReason(generated.credential()))
                        .isNotEqualTo(Differential.Outcome.DECLINED);
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        System.out.println(count + " random credentials, seed " + SEED + ": " + outcomes);
        assertThat(outcomes.get(Differential.Outcome.SAME)).isGreaterThan(count * 3 / 4);
    }

    /** The document, without its proofs, each proof's configuration, and each credential embedded in it. */
    static List<JsonNode> variants(JsonNode document) {
        List<JsonNode> variants = new ArrayList<>();
        variants.add(document);
        if (document instanceof ObjectNode object && object.has("proof")) {
            variants.add(object.deepCopy().without("proof"));
            JsonNode proofs = object.get("proof");
            for (JsonNode proof : proofs.isArray() ? proofs : List.of(proofs)) {
                if (proof instanceof ObjectNode proofObject && object.has("@context")) {
                    ObjectNode configuration = Json.MAPPER.createObjectNode();
                    configuration.set("@context", object.get("@context"));
                    configuration.setAll((ObjectNode) proofObject.deepCopy().without("proofValue"));
                    variants.add(configuration);
                }
            }
        }
        embedded(document, variants, true);
        return variants;
    }

    private static void embedded(JsonNode node, List<JsonNode> found, boolean root) {
        if (node instanceof ObjectNode object && !root && object.has("@context")) {
            found.add(object);
        }
        for (JsonNode child : node) {
            embedded(child, found, false);
        }
    }

    private static List<Path> jsonFiles(String... folders) throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            Path root = Path.of(Fixtures.class.getResource("/" + folder).toURI());
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
