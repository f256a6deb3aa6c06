package dev.laurel.server.pathways;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.laurel.server.issuing.CredentialId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where an earner stands on a pathway, as the API shows it: exactly {@code completed}, {@code goalCredential} and
 * {@code steps} (scripts depend on this shape).
 */
@Schema(name = "PathwayProgress")
record ProgressResource(
        @Schema(description = "Whether the whole tree is complete now.")
        boolean completed,

        @Schema(
                description = "The id of the goal credential awarded to the earner (as /api/v1/credentials/{id} "
                        + "names it), or null.",
                example = "9e41c0de-5a4b-4f0e-8d7c-1b2a3c4d5e6f")
        String goalCredential,

        @Schema(description = "Every step, depth first, the root first.")
        List<StepResource> steps) {

    /** {@code progress}, each own badge named by {@code badgeName}. */
    static ProgressResource of(Progress progress, Function<UUID, String> badgeName) {
        return new ProgressResource(
                progress.completed(),
                text(progress.goalCredential()),
                progress.steps().stream()
                        .map(step -> StepResource.of(step, badgeName))
                        .toList());
    }

    private static String text(CredentialId credential) {
        return credential == null ? null : credential.value().toString();
    }

    /** One step's standing. */
    @Schema(name = "PathwayStepProgress")
    record StepResource(
            @Schema(example = "spreadsheets") String id,

            @Schema(
                    description = "The step's title, else what it asks: the badge's name, the achievement's URL, the "
                            + "name of the issuer's achievement, the skill, or the group's rule.",
                    example = "Spreadsheets")
            String title,

            @Schema(
                    description = "What the step is: a requirement (achievement, externalAchievement, issuer, skill) "
                            + "or a group (all, any, atLeast).",
                    allowableValues = {"achievement", "externalAchievement", "issuer", "skill", "all", "any", "atLeast"
                    })
            String kind,

            @Schema(description = "0 for the root, 1 for its steps, and so on.")
            int depth,

            @Schema(description = "The organization's achievement asked for (kind achievement).")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            UUID achievement,

            @Schema(description = "The achievement id asked for (kind externalAchievement).")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String externalAchievement,

            @Schema(description = "The issuer's DID or URL (kind issuer).") @JsonInclude(JsonInclude.Include.NON_NULL)
            String issuer,

            @Schema(description = "The issuer's achievement's name (kind issuer).")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String name,

            @Schema(description = "The alignment's targetUrl or code (kind skill).")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            String skill,

            @Schema(description = "The badge awarded when the group is complete, if any.")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            UUID milestone,

            boolean done,

            @Schema(description = "How many of its steps are complete (a requirement: 1 when met).")
            int have,

            @Schema(description = "How many it takes.") int need,

            @Schema(description = "The continuing-education credits of the badges counted under it.")
            BigDecimal credits,

            @Schema(description = "When it became complete, or null.")
            Instant completedAt,

            @Schema(description = "The credentials that meet it (for a group, those of its counted steps).")
            List<Satisfier> satisfiedBy,

            @Schema(description = "The id of the milestone credential awarded for it, or null.")
            String award) {

        static StepResource of(Progress.StepProgress progress, Function<UUID, String> badgeName) {
            Step step = progress.step();
            String title = StepNames.label(step, id -> badgeName.apply(id.value()));
            List<Satisfier> satisfiedBy =
                    progress.satisfiedBy().stream().map(Satisfier::of).toList();
            return new StepResource(
                    step.id(),
                    title,
                    kind(step),
                    progress.depth(),
                    step instanceof Step.OwnBadge own ? own.badge().value() : null,
                    step instanceof Step.ExternalAchievement external ? external.achievement() : null,
                    step instanceof Step.IssuerBadge issuer ? issuer.issuer() : null,
                    step instanceof Step.IssuerBadge issuer ? issuer.name() : null,
                    step instanceof Step.Skill skill ? skill.skill() : null,
                    step instanceof Step.Group group && group.milestone() != null
                            ? group.milestone().value()
                            : null,
                    progress.done(),
                    progress.have(),
                    progress.need(),
                    progress.credits(),
                    progress.completedAt(),
                    satisfiedBy,
                    text(progress.award()));
        }

        private static String kind(Step step) {
            return switch (step) {
                case Step.OwnBadge own -> "achievement";
                case Step.ExternalAchievement external -> "externalAchievement";
                case Step.IssuerBadge issuer -> "issuer";
                case Step.Skill skill -> "skill";
                case Step.Group group ->
                    switch (group.rule()) {
                        case ALL -> "all";
                        case ANY -> "any";
                        case AT_LEAST -> "atLeast";
                    };
            };
        }
    }

    /** A credential that meets a step. */
    @Schema(name = "PathwaySatisfier")
    record Satisfier(
            @Schema(
                    description = "The credential's id as a verifier sees it: its public page for one issued here, "
                            + "the imported document's id.",
                    example = "https://badges.example.org/c/9e41c0de-5a4b-4f0e-8d7c-1b2a3c4d5e6f")
            String id,

            @Schema(description = "The achievement's name.", example = "Spreadsheets")
            String name,

            @Schema(description = "The issuer's id, a DID or URL.", example = "did:web:badges.example.org:issuers:ID")
            String issuer,

            @Schema(description = "The issuer's name.", example = "Example University")
            String issuerName,

            @Schema(description = "When it was issued (its validFrom).")
            Instant earnedAt) {

        static Satisfier of(Held held) {
            return new Satisfier(held.id(), held.name(), held.issuerId(), held.issuerName(), held.earnedAt());
        }
    }
}
