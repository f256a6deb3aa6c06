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
            if (step.title() != null) {
                return step.title();
            }
            return switch (step) {
                case Step.OwnBadge own -> badge(own.badge()).map(Badge::name).orElse("(deleted badge)");
                case Step.ExternalAchievement external -> external.achievement();
                case Step.IssuerBadge issuer -> issuer.name();
                case Step.Skill skill -> "Any badge aligned to " + skill.skill();
                case Step.Group group -> {
                    if (group == pathway.steps()) {
                        yield pathway.name();
                    }
                    if (group.milestone() != null) {
                        yield badge(group.milestone()).map(Badge::name).orElse("(deleted badge)");
                    }
                    yield switch (group.rule()) {
                        case ALL -> "All of " + group.children().size();
                        case ANY -> "One of " + group.children().size();
                        case AT_LEAST ->
                            group.atLeast() + " of " + group.children().size();
                    };
                }
            };
        }
    }
}
