package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of a report says what is wrong with the input in its own terms: never a class name of Laurel or a
 * library, a library's error code, or advice meant for a programmer using the library.
 */
class PlainMessagesTest {

    private static final List<String> INTERNALS = List.of(
            "dev.laurel",
            "com.apicatalog",
            "com.fasterxml",
            "Exception",
            "StreamReadConstraints",
            "Change policy",
            "[code=",
            "JsonLdError");

    static Stream<Arguments> inputs() {
        List<Arguments> inputs = new ArrayList<>();
        for (JsonNode entry : Fixtures.json(NegativeFixturesTest.DIR + "manifest.json")) {
            String file = entry.get("file").asText();
            if (!entry.has("presentation")) {
                inputs.add(Arguments.of(file, Fixtures.bytes(NegativeFixturesTest.DIR + file)));
            }
        }
        inputs.add(
                Arguments.of("nested 100 deep", ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8)));
        inputs.add(Arguments.of(
                "a number of 2,000 digits", ("{\"n\": " + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8)));
        ObjectNode redefining = (ObjectNode) Fixtures.json(NegativeFixturesTest.DIR + "valid.json");
        redefining.withArray("@context").add(Json.MAPPER.createObjectNode().put("id", "https://example.org/id"));
        inputs.add(Arguments.of(
                "a context redefining a protected term", Json.write(redefining).getBytes(StandardCharsets.UTF_8)));
        ObjectNode badIri = (ObjectNode) Fixtures.json(NegativeFixturesTest.DIR + "valid.json");
        badIri.put("id", "not an iri");
        inputs.add(Arguments.of("an id that is not an IRI", Json.write(badIri).getBytes(StandardCharsets.UTF_8)));
        return inputs.stream();
    }

    static Stream<Arguments> presentations() {
        List<Arguments> presentations = new ArrayList<>();
        for (JsonNode entry : Fixtures.json(NegativeFixturesTest.DIR + "manifest.json")) {
            if (entry.has("presentation")) {
                presentations.add(Arguments.of(entry.get("file").asText(), entry));
            }
        }
        return presentations.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presentations")
    void namesNoInternalsForPresentations(String file, JsonNode entry) {
        VerificationReport report = NegativeFixturesTest.report(file, entry);

        for (CheckResult check : report.checks()) {
            assertThat(check.message())
                    .as(NegativeFixturesTest.describe(report))
                    .doesNotContain(INTERNALS.toArray(String[]::new));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void namesNoInternals(String name, byte[] input) {
        VerificationReport report = NegativeFixturesTest.verifier().verify(input);

        for (CheckResult check : report.checks()) {
            assertThat(check.message())
                    .as(NegativeFixturesTest.describe(report))
                    .doesNotContain(INTERNALS.toArray(String[]::new));
        }
    }
}
