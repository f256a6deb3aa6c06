package dev.laurel.server.pathways;

import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What a step is called where people read it: its title, else what it asks for (a badge's name, a skill). */
@Component
class StepNames {

    private final Badges badges;

    StepNames(Badges badges) {
        this.badges = badges;
    }

    /** Names for one pathway's steps, reading each badge once. */
    Names of(Pathway pathway) {
        return new Names(pathway);
    }

    final class Names {
        private final Pathway pathway;
        private final Map<BadgeId, Optional<Badge>> read = new HashMap<>();

        private Names(Pathway pathway) {
            this.pathway = pathway;
        }

        Optional<Badge> badge(BadgeId id) {
            return read.computeIfAbsent(id, badges::find);
        }

        String of(Step step) {
            if (step.title() == null && step instanceof Step.Group group) {
                if (group == pathway.steps()) {
                    return pathway.name();
                }
                if (group.milestone() != null) {
                    return badge(group.milestone()).map(Badge::name).orElse(DELETED);
                }
            }
            return label(step, id -> badge(id).map(Badge::name).orElse(DELETED));
        }
    }

    private static final String DELETED = "(deleted badge)";

    /**
     * A step's title, else what it asks for: a badge by {@code badgeName}, an achievement by its id, an issuer's
     * achievement by its name, a skill as given, a group by its rule ("At least 2 of 3").
     */
    static String label(Step step, java.util.function.Function<BadgeId, String> badgeName) {
        if (step.title() != null) {
            return step.title();
        }
        return switch (step) {
            case Step.OwnBadge own -> badgeName.apply(own.badge());
            case Step.ExternalAchievement external -> external.achievement();
            case Step.IssuerBadge issuer -> issuer.name();
            case Step.Skill skill -> skill.skill();
            case Step.Group group ->
                switch (group.rule()) {
                    case ALL -> "All of " + group.children().size();
                    case ANY -> "Any of " + group.children().size();
                    case AT_LEAST ->
                        "At least " + group.atLeast() + " of "
                                + group.children().size();
                };
        };
    }
}
