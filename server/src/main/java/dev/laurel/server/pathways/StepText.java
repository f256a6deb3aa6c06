package dev.laurel.server.pathways;

import java.util.ArrayList;
import java.util.List;

/**
 * A pathway's steps in words (English), for the machine-readable documents: what a requirement asks for, the rule of
 * a group ("At least 2 of 3, in order, earned within the last 12 months, adding up to at least 10 credits"), and the
 * whole tree as a Markdown list.
 */
final class StepText {

    private final PublishedPathway published;

    StepText(PublishedPathway published) {
        this.published = published;
    }

    /** What a step is called: its title, else what it asks for (a group: its rule). */
    String label(Step step) {
        if (step.title() != null) {
            return step.title();
        }
        return switch (step) {
            case Step.Requirement requirement -> asks(requirement);
            case Step.Group group -> rule(group);
        };
    }

    /** What a requirement asks for, whatever its title. */
    String asks(Step.Requirement requirement) {
        return switch (requirement) {
            case Step.OwnBadge own ->
                "“" + published.name(own.badge()) + "” from "
                        + published.organization().name();
            case Step.ExternalAchievement external -> "the achievement " + external.achievement();
            case Step.IssuerBadge issuer -> "“" + issuer.name() + "” from " + issuer.issuer();
            case Step.Skill skill -> "any badge aligned to " + skillName(skill);
        };
    }

    /** A skill by its framework item's name when a badge of the pathway aligns to it, else as the step names it. */
    String skillName(Step.Skill skill) {
        return published
                .alignment(skill.skill())
                .filter(a -> a.name() != null && !a.name().isBlank())
                .map(a -> a.name() + (a.framework() == null ? "" : " (" + a.framework() + ")"))
                .orElse(skill.skill());
    }

    /** The rule of a group, with its order, time window and credits. */
    String rule(Step.Group group) {
        int of = group.children().size();
        List<String> parts = new ArrayList<>();
        parts.add(
                switch (group.rule()) {
                    case ALL -> of == 1 ? "The following" : "All " + of + " of the following";
                    case ANY -> "Any one of " + of;
                    case AT_LEAST -> "At least " + group.atLeast() + " of " + of;
                });
        if (group.ordered()) {
            parts.add("in order (each earned no earlier than the one before)");
        }
        if (group.withinMonths() != null) {
            parts.add("earned within the last " + months(group.withinMonths()));
        }
        if (group.minCredits() != null) {
            parts.add("adding up to at least " + group.minCredits().toPlainString() + " credits");
        }
        return String.join(", ", parts);
    }

    /** The tree as a nested Markdown list, each group with its rule and milestone. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        list(published.pathway().steps(), 0, out);
        return out.toString().stripTrailing();
    }

    private void list(Step step, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("- ");
        switch (step) {
            case Step.Requirement requirement -> {
                out.append(
                        step.title() == null
                                ? capitalized(asks(requirement))
                                : step.title() + ": " + asks(requirement));
                out.append('\n');
            }
            case Step.Group group -> {
                if (group.title() != null) {
                    out.append(group.title()).append(": ");
                }
                out.append(rule(group));
                if (group.milestone() != null) {
                    out.append(" — awards “")
                            .append(published.name(group.milestone()))
                            .append('”');
                }
                out.append(":\n");
                group.children().forEach(child -> list(child, depth + 1, out));
            }
        }
    }

    private static String months(int months) {
        return months == 1 ? "month" : months + " months";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
