package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which steps a set of held credentials completes: order, time windows, credits, and only current credentials. */
class EvaluationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static Held held(String achievement, String issued, String credits, boolean current, String... skills) {
        return new Held(
                "urn:uuid:" + achievement + issued,
                null,
                null,
                "https://a.example/" + achievement,
                achievement,
                "did:web:a.example",
                "A",
                Set.of(skills),
                Instant.parse(issued + "T00:00:00Z"),
                credits == null ? null : new BigDecimal(credits),
                current);
    }

    private static Map<String, Evaluation.Result> evaluate(String tree, Held... held) {
        return Evaluation.of(StepJson.parse(Json.parse(tree), "/steps"), List.of(held), NOW);
    }

    private static final String ORDERED = """
            {"id": "root", "ordered": true, "all": [
              {"id": "one", "externalAchievement": "https://a.example/one"},
              {"id": "two", "externalAchievement": "https://a.example/two"}]}""";

    @Test
    void anOrderedGroupCountsAStepOnlyWhenEarnedAfterThePreviousOne() {
        assertThat(evaluate(ORDERED, held("one", "2026-01-01", null, true), held("two", "2026-02-01", null, true))
                        .get("root")
                        .done())
                .isTrue();
        Map<String, Evaluation.Result> backwards =
                evaluate(ORDERED, held("one", "2026-03-01", null, true), held("two", "2026-02-01", null, true));
        assertThat(backwards.get("root").done()).isFalse();
        assertThat(backwards.get("one").done()).isTrue();
        assertThat(backwards.get("two").done()).as("earned before step one").isFalse();
    }

    @Test
    void aTimeWindowIgnoresOlderBadges() {
        String tree = """
                {"id": "root", "withinMonths": 12, "all": [{"id": "one", "externalAchievement": "https://a.example/one"}]}""";
        assertThat(evaluate(tree, held("one", "2025-11-30", null, true))
                        .get("root")
                        .done())
                .isFalse();
        assertThat(evaluate(tree, held("one", "2025-12-02", null, true))
                        .get("root")
                        .done())
                .isTrue();
    }

    @Test
    void aMinimumOfCreditsAddsUpEveryMatchingBadge() {
        String tree = """
                {"id": "root", "minCredits": 5, "all": [{"id": "skill", "skill": "S1"}]}""";
        assertThat(evaluate(tree, held("x", "2026-01-01", "2", true, "S1"), held("y", "2026-02-01", "2", true, "s1"))
                        .get("root"))
                .satisfies(r -> {
                    assertThat(r.done()).isFalse();
                    assertThat(r.credits()).isEqualByComparingTo("4");
                });
        assertThat(evaluate(
                                tree,
                                held("x", "2026-01-01", "2", true, "S1"),
                                held("y", "2026-02-01", "2", true, "S1"),
                                held("z", "2026-03-01", "1.5", true, "S1"))
                        .get("root")
                        .done())
                .isTrue();
    }

    @Test
    void atLeastNeedsThatManyAndRevokedOrExpiredCredentialsDoNotCount() {
        String tree = """
                {"id": "root", "atLeast": 2, "of": [
                  {"id": "one", "externalAchievement": "https://a.example/one"},
                  {"id": "two", "externalAchievement": "https://a.example/two"},
                  {"id": "three", "externalAchievement": "https://a.example/three"}]}""";
        assertThat(evaluate(tree, held("one", "2026-01-01", null, true), held("three", "2026-01-02", null, true))
                        .get("root")
                        .done())
                .isTrue();
        Map<String, Evaluation.Result> oneCurrent =
                evaluate(tree, held("one", "2026-01-01", null, true), held("three", "2026-01-02", null, false));
        assertThat(oneCurrent.get("root").done()).isFalse();
        assertThat(oneCurrent.get("root").have()).isEqualTo(1);
        assertThat(oneCurrent.get("root").need()).isEqualTo(2);
    }

    @Test
    void anIssuerAndNameMatchIgnoresTheNamesCase() {
        String tree = """
                {"id": "root", "all": [{"id": "named", "issuer": "did:web:a.example", "name": "ONE"}]}""";
        assertThat(evaluate(tree, held("one", "2026-01-01", null, true))
                        .get("root")
                        .done())
                .isTrue();
    }
}
