package dev.laurel.server.pathways;

import dev.laurel.server.issuing.BadgeId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One step of a pathway: a requirement (a badge to hold) or a group of steps with its rule. Every step has an id, unique
 * in its pathway and kept when the pathway is edited, so progress and awards stay attached to it; {@code title} is an
 * optional label (a requirement is otherwise named by what it asks for).
 */
public sealed interface Step permits Step.Group, Step.Requirement {

    String id();

    String title();

    /** This step and every step under it, depth first. */
    default Stream<Step> flatten() {
        return Stream.of(this);
    }

    /** A badge to hold, one of four ways of naming it. */
    sealed interface Requirement extends Step permits OwnBadge, ExternalAchievement, IssuerBadge, Skill {}

    /** One of this organization's badges: {@code {"achievement": id}}. */
    record OwnBadge(String id, String title, BadgeId badge) implements Requirement {
        public OwnBadge {
            Objects.requireNonNull(badge, "badge");
        }
    }

    /** Any issuer's achievement, by its id (a URL or URN): {@code {"externalAchievement": url}}. */
    record ExternalAchievement(String id, String title, String achievement) implements Requirement {
        public ExternalAchievement {
            Objects.requireNonNull(achievement, "achievement");
        }
    }

    /** An issuer's achievement by the issuer's id (a DID or URL) and the achievement's name. */
    record IssuerBadge(String id, String title, String issuer, String name) implements Requirement {
        public IssuerBadge {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Any badge aligned to a skill or framework item, by the alignment's targetUrl or targetCode. */
    record Skill(String id, String title, String skill) implements Requirement {
        public Skill {
            Objects.requireNonNull(skill, "skill");
        }
    }

    /** How many of a group's steps it takes. */
    enum Rule {
        ALL,
        ANY,
        AT_LEAST
    }

    /**
     * Steps taken together.
     *
     * @param rule all of them, any one, or at least {@code atLeast}
     * @param ordered each counted step earned no earlier than the one before it
     * @param withinMonths only badges earned in the last so many months count, or null
     * @param minCredits the continuing-education credits the badges under it must add up to, or null
     * @param milestone the badge awarded when the group is complete (a level reached), or null
     */
    record Group(
            String id,
            String title,
            Rule rule,
            int atLeast,
            boolean ordered,
            Integer withinMonths,
            BigDecimal minCredits,
            BadgeId milestone,
            List<Step> children)
            implements Step {

        public Group {
            Objects.requireNonNull(rule, "rule");
            children = List.copyOf(children);
        }

        /** How many of its steps complete it. */
        public int needed() {
            return switch (rule) {
                case ALL -> children.size();
                case ANY -> Math.min(1, children.size());
                case AT_LEAST -> atLeast;
            };
        }

        @Override
        public Stream<Step> flatten() {
            return Stream.concat(Stream.of(this), children.stream().flatMap(Step::flatten));
        }
    }
}
