package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** An earner's progress as the API writes it: the contract's three members, and each step's kind and what it asks. */
class ProgressResourceTest {

    private static final Instant EARNED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void writesEachKindOfStepWithWhatItAsksAndTheCredentialsThatMeetIt() {
        BadgeId spreadsheets = new BadgeId(UUID.randomUUID());
        BadgeId silver = new BadgeId(UUID.randomUUID());
        Step.OwnBadge own = new Step.OwnBadge("spreadsheets", null, spreadsheets);
        Step.ExternalAchievement external =
                new Step.ExternalAchievement("sql", null, "https://lms.example.edu/achievements/sql");
        Step.IssuerBadge issuer = new Step.IssuerBadge("python", "Python", "did:web:courses.example.com", "Python 1");
        Step.Skill skill = new Step.Skill("ml", null, "S1.8");
        Step.Group atLeast = new Step.Group(
                "silver", null, Step.Rule.AT_LEAST, 2, false, null, null, silver, List.of(external, issuer, skill));
        Step.Group any = new Step.Group("any", null, Step.Rule.ANY, 0, false, null, null, null, List.of(own));
        Step.Group root =
                new Step.Group("root", "Data", Step.Rule.ALL, 0, true, 24, null, null, List.of(own, atLeast, any));
        Held held = new Held(
                "https://badges.example.org/c/1",
                new CredentialId(UUID.randomUUID()),
                spreadsheets,
                "https://badges.example.org/badges/" + spreadsheets,
                "Spreadsheets",
                "did:web:badges.example.org",
                "Example University",
                Set.of("S1.8"),
                EARNED,
                new BigDecimal("1.5"),
                true);
        CredentialId award = new CredentialId(UUID.randomUUID());
        Progress progress = new Progress(
                false,
                null,
                List.of(
                        standing(root, 0, false, 1, 3, List.of(held), null),
                        standing(own, 1, true, 1, 1, List.of(held), null),
                        standing(atLeast, 1, true, 2, 2, List.of(held), award),
                        standing(external, 2, false, 0, 1, List.of(), null),
                        standing(issuer, 2, false, 0, 1, List.of(), null),
                        standing(skill, 2, true, 1, 1, List.of(held), null),
                        standing(any, 1, false, 0, 1, List.of(), null)),
                33);

        JsonNode json = Json.parse(JsonMapper.builder()
                .build()
                .writeValueAsString(
                        ProgressResource.of(progress, id -> id.equals(spreadsheets.value()) ? "Sheets" : "?")));

        assertThat(json.fieldNames()).toIterable().containsExactly("completed", "goalCredential", "steps");
        assertThat(json.get("goalCredential").isNull()).isTrue();
        JsonNode steps = json.get("steps");
        assertThat(steps)
                .extracting(s -> s.get("kind").asText())
                .containsExactly("all", "achievement", "atLeast", "externalAchievement", "issuer", "skill", "any");
        assertThat(steps)
                .extracting(s -> s.get("title").asText())
                .containsExactly(
                        "Data",
                        "Sheets",
                        "At least 2 of 3",
                        "https://lms.example.edu/achievements/sql",
                        "Python",
                        "S1.8",
                        "Any of 1");
        assertThat(steps.get(1).get("achievement").asText())
                .isEqualTo(spreadsheets.value().toString());
        assertThat(steps.get(1).has("skill")).as("only what the step asks").isFalse();
        assertThat(steps.get(2).get("milestone").asText())
                .isEqualTo(silver.value().toString());
        assertThat(steps.get(2).get("award").asText()).isEqualTo(award.value().toString());
        assertThat(steps.get(3).get("externalAchievement").asText())
                .isEqualTo("https://lms.example.edu/achievements/sql");
        assertThat(steps.get(4).get("issuer").asText()).isEqualTo("did:web:courses.example.com");
        assertThat(steps.get(4).get("name").asText()).isEqualTo("Python 1");
        assertThat(steps.get(5).get("skill").asText()).isEqualTo("S1.8");
        JsonNode met = steps.get(1);
        assertThat(met.get("done").asBoolean()).isTrue();
        assertThat(met.get("have").asInt()).isEqualTo(1);
        assertThat(met.get("need").asInt()).isEqualTo(1);
        assertThat(met.get("completedAt").asText()).isEqualTo("2026-11-02T09:00:00Z");
        assertThat(met.get("depth").asInt()).isEqualTo(1);
        assertThat(met.get("award").isNull()).isTrue();
        JsonNode by = met.at("/satisfiedBy/0");
        assertThat(by.get("id").asText()).isEqualTo("https://badges.example.org/c/1");
        assertThat(by.get("name").asText()).isEqualTo("Spreadsheets");
        assertThat(by.get("issuer").asText()).isEqualTo("did:web:badges.example.org");
        assertThat(by.get("issuerName").asText()).isEqualTo("Example University");
        assertThat(steps.get(3).get("completedAt").isNull()).isTrue();
    }

    @Test
    void namesTheGoalCredentialOnceAwarded() {
        CredentialId goal = new CredentialId(UUID.randomUUID());
        ProgressResource resource = ProgressResource.of(new Progress(true, goal, List.of(), 100), id -> "");
        assertThat(resource.completed()).isTrue();
        assertThat(resource.goalCredential()).isEqualTo(goal.value().toString());
    }

    private static Progress.StepProgress standing(
            Step step, int depth, boolean done, int have, int need, List<Held> by, CredentialId award) {
        return new Progress.StepProgress(
                step, depth, done, have, need, BigDecimal.ZERO, done ? EARNED : null, by, award);
    }
}
