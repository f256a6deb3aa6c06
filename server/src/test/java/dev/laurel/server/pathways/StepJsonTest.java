package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.platform.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The steps' JSON: the contract's shapes read, written back the same, and every mistake named by its pointer. */
class StepJsonTest {

    private static final String A = "0d1a7c9e-1111-4e8a-9c55-2f7f1d3c0001";
    private static final String B = "0d1a7c9e-1111-4e8a-9c55-2f7f1d3c0002";

    @Test
    void theContractsShapesAreReadAndWrittenBackTheSame() {
        String json = """
                {"all": [{"achievement": "%s"},
                         {"atLeast": 2, "ordered": true, "withinMonths": 12, "minCredits": 3.5, "milestone": "%s",
                          "of": [{"externalAchievement": "https://other.example/achievements/7"},
                                 {"issuer": "did:web:other.example", "name": "Data Basics"},
                                 {"skill": "http://data.europa.eu/esco/skill/abc"}]},
                         {"any": [{"achievement": "%s"}]}]}""".formatted(A, B, B);

        Step.Group root = StepJson.parse(Json.parse(json), "/steps");

        assertThat(root.rule()).isEqualTo(Step.Rule.ALL);
        Step.Group atLeast = (Step.Group) root.children().get(1);
        assertThat(atLeast.rule()).isEqualTo(Step.Rule.AT_LEAST);
        assertThat(atLeast.needed()).isEqualTo(2);
        assertThat(atLeast.ordered()).isTrue();
        assertThat(atLeast.withinMonths()).isEqualTo(12);
        assertThat(atLeast.minCredits()).isEqualByComparingTo(new BigDecimal("3.5"));
        assertThat(atLeast.milestone().value().toString()).isEqualTo(B);
        assertThat(atLeast.children())
                .hasExactlyElementsOfTypes(Step.ExternalAchievement.class, Step.IssuerBadge.class, Step.Skill.class);
        assertThat(root.flatten().map(Step::id).distinct().count())
                .as("every step has its own id")
                .isEqualTo(8);

        Step.Group again = StepJson.parse(StepJson.write(root), "/steps");
        assertThat(again).as("written and read again: the same tree, ids kept").isEqualTo(root);
    }

    @Test
    void aRequirementAloneBecomesAllOfIt() {
        Step.Group root = StepJson.parse(Json.parse("{\"achievement\": \"" + A + "\"}"), "/steps");
        assertThat(root.rule()).isEqualTo(Step.Rule.ALL);
        assertThat(root.children()).singleElement().isInstanceOf(Step.OwnBadge.class);
    }

    @Test
    void eachMistakeIsNamedByItsPointer() {
        refused("{\"all\": []}", "/steps/all");
        refused("{\"all\": [{\"name\": \"x\"}]}", "/steps/all/0");
        refused("{\"all\": [{\"achievement\": \"" + A + "\", \"skill\": \"x\"}]}", "/steps/all/0");
        refused("{\"atLeast\": 3, \"of\": [{\"achievement\": \"" + A + "\"}]}", "/steps/atLeast");
        refused("{\"all\": [{\"achievement\": \"not-a-uuid\"}]}", "/steps/all/0/achievement");
        refused("{\"all\": [{\"externalAchievement\": \"achievements/7\"}]}", "/steps/all/0/externalAchievement");
        refused("{\"all\": [{\"issuer\": \"Other College\", \"name\": \"x\"}]}", "/steps/all/0/issuer");
        refused("{\"all\": [{\"issuer\": \"did:web:x.example\"}]}", "/steps/all/0/name");
        refused(
                "{\"all\": [{\"id\": \"a\", \"achievement\": \"" + A + "\"}, {\"id\": \"a\", \"achievement\": \"" + B
                        + "\"}]}",
                "/steps/all/1/id");
        refused("{\"all\": [{\"achievement\": \"" + A + "\"}], \"withinMonths\": 0}", "/steps/withinMonths");
        refused("{\"all\": [{\"achievement\": \"" + A + "\"}], \"minCredits\": -1}", "/steps/minCredits");
        refused("{\"all\": [{\"achievement\": \"" + A + "\"}], \"ordered\": \"yes\"}", "/steps/ordered");
        refused("[]", "/steps");
    }

    private static void refused(String json, String field) {
        assertThatThrownBy(() -> StepJson.parse(Json.parse(json), "/steps"))
                .isInstanceOfSatisfying(Problem.class, problem -> {
                    assertThat(problem.code()).isEqualTo(PathwayError.INVALID);
                    assertThat(problem.properties()).containsEntry("field", field);
                    assertThat(problem.detail()).doesNotContain("Exception").doesNotContain("dev.laurel");
                });
    }
}
