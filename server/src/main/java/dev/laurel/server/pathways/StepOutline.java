package dev.laurel.server.pathways;

import dev.laurel.server.issuing.Badge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A pathway's tree as an outline of text, depth first, for the issuer's pages: each step's name and what it asks (a group's
 * rule, order, window, credits and milestone; a requirement's kind).
 */
@Component
class StepOutline {

    /** One step: its name, what it asks, and how deep it sits (the root is 0). */
    record Line(Step step, int depth, String name, String detail) {
        public boolean group() {
            return step instanceof Step.Group;
        }
    }

    private final StepNames names;
    private final MessageSource messages;

    StepOutline(StepNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    List<Line> of(Pathway pathway, Locale locale) {
        StepNames.Names named = names.of(pathway);
        List<Line> lines = new ArrayList<>();
        add(pathway, pathway.steps(), 0, named, locale, lines);
        return lines;
    }

    private void add(Pathway pathway, Step step, int depth, StepNames.Names named, Locale locale, List<Line> out) {
        out.add(new Line(step, depth, named.of(step), detail(pathway, step, named, locale)));
        if (step instanceof Step.Group group) {
            group.children().forEach(child -> add(pathway, child, depth + 1, named, locale, out));
        }
    }

    private String detail(Pathway pathway, Step step, StepNames.Names named, Locale locale) {
        return switch (step) {
            case Step.OwnBadge own -> text("pathways.org.kind.badge", locale);
            case Step.ExternalAchievement external -> text("pathways.org.kind.external", locale);
            case Step.IssuerBadge issuer -> text("pathways.org.kind.issuer", locale, issuer.issuer());
            case Step.Skill skill -> text("pathways.org.kind.skill", locale);
            case Step.Group group -> {
                List<String> parts = new ArrayList<>();
                parts.add(
                        switch (group.rule()) {
                            case ALL ->
                                text(
                                        "pathways.org.rule.all",
                                        locale,
                                        group.children().size());
                            case ANY ->
                                text(
                                        "pathways.org.rule.any",
                                        locale,
                                        group.children().size());
                            case AT_LEAST ->
                                text(
                                        "pathways.org.rule.atLeast",
                                        locale,
                                        group.atLeast(),
                                        group.children().size());
                        });
                if (group.ordered()) {
                    parts.add(text("pathways.org.ordered", locale));
                }
                if (group.withinMonths() != null) {
                    parts.add(text("pathways.org.within", locale, group.withinMonths()));
                }
                if (group.minCredits() != null) {
                    parts.add(text(
                            "pathways.org.credits", locale, group.minCredits().toPlainString()));
                }
                if (pathway.award(group) != null) {
                    parts.add(text(
                            group == pathway.steps() ? "pathways.org.awardsGoal" : "pathways.org.awardsMilestone",
                            locale,
                            named.badge(pathway.award(group)).map(Badge::name).orElse("?")));
                }
                yield String.join(" · ", parts);
            }
        };
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
