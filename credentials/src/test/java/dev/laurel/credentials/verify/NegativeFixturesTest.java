package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per failure class (see {@code fixtures/verify/manifest.json}), each asserting exactly which checks fail,
 * the reason code each fails with, and what the failure says; and the valid fixture in every form, asserting that
 * nothing fails.
 */
class NegativeFixturesTest {

    static final String DIR = "fixtures/verify/";
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    /**
     * Serves the fixture status lists at their https URLs, and the documents under {@code hosted/} at
     * {@code https://<folder>/<path>}; every other URL fails as unreachable.
     */
    static final HttpFetcher STATUS_LISTS = (url, accept) -> {
        String text = url.toString();
        if (text.startsWith(VerificationFixtures.STATUS_BASE)) {
            String name = text.substring(VerificationFixtures.STATUS_BASE.length());
            return new FetchResult.Fetched(
                    url, "application/vc+ld+json", Fixtures.bytes(DIR + "status/" + name + ".json"));
        }
        String hosted = DIR + "hosted/" + url.getHost() + url.getPath();
        if (url.getScheme().equals("https")
                && !url.getPath().endsWith("/")
                && NegativeFixturesTest.class.getClassLoader().getResource(hosted) != null) {
            return new FetchResult.Fetched(url, "application/json", Fixtures.bytes(hosted));
        }
        return new FetchResult.Failed(url, url + " is not reachable in tests");
    };

    static Verifier verifier() {
        return Verifier.builder().clock(NOW).fetcher(STATUS_LISTS).build();
    }

    static Stream<Arguments> fixtures() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode entry : Fixtures.json(DIR + "manifest.json")) {
            cases.add(Arguments.of(entry.get("file").asText(), entry));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void failsExactlyTheExpectedChecks(String file, JsonNode expectation) {
        VerificationReport report = report(file, expectation);

        List<String> failed =
                report.failures().stream().map(check -> check.id().id()).toList();
        List<String> expected = new ArrayList<>();
        expectation.path("failed").forEach(id -> expected.add(id.asText()));
        assertThat(failed).as(describe(report)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.verified()).isEqualTo(expected.isEmpty());
        Map<String, String> reasons = new TreeMap<>();
        report.failures()
                .forEach(check -> reasons.put(
                        check.id().id(), check.reason().orElseThrow().code()));
        Map<String, String> expectedReasons = new TreeMap<>();
        expectation
                .path("reasons")
                .properties()
                .forEach(reason ->
                        expectedReasons.put(reason.getKey(), reason.getValue().asText()));
        assertThat(reasons).as(describe(report)).isEqualTo(expectedReasons);
        if (expectation.has("warnings")) {
            Map<String, String> warnings = new TreeMap<>();
            report.checks().stream()
                    .filter(check -> check instanceof CheckResult.Warning)
                    .forEach(check -> warnings.put(
                            check.id().id(), check.reason().orElseThrow().code()));
            Map<String, String> expectedWarnings = new TreeMap<>();
            expectation
                    .path("warnings")
                    .properties()
                    .forEach(warning -> expectedWarnings.put(
                            warning.getKey(), warning.getValue().asText()));
            assertThat(warnings).as(describe(report)).isEqualTo(expectedWarnings);
        }
        for (Map.Entry<String, JsonNode> says : expectation.path("says").properties()) {
            CheckResult check = report.checks().stream()
                    .filter(result -> result.id().id().equals(says.getKey()))
                    .findFirst()
                    .orElseThrow();
            assertThat(check.message())
                    .as(describe(report))
                    .contains(says.getValue().asText());
        }
    }

    /**
     * The report of a fixture: a credential's, or — when the entry names {@code presentation}, with the challenge and
     * domain asked for — the presentation's own.
     */
    static VerificationReport report(String file, JsonNode expectation) {
        JsonNode presentation = expectation.get("presentation");
        if (presentation == null) {
            return verifier().verify(Fixtures.bytes(DIR + file));
        }
        return new PresentationVerifier(verifier())
                .verify(
                        Fixtures.json(DIR + file),
                        presentation.path("challenge").asText(null),
                        presentation.path("domain").asText(null))
                .presentation();
    }

    static String describe(VerificationReport report) {
        StringBuilder text = new StringBuilder("report:\n");
        report.checks().forEach(check -> text.append("  ")
                .append(check.status())
                .append(' ')
                .append(check.id())
                .append(check.reasons().isEmpty() ? "" : " " + check.reasons())
                .append(": ")
                .append(check.message())
                .append('\n'));
        return text.toString();
    }
}
