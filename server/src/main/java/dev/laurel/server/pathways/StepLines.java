package dev.laurel.server.pathways;

import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A pathway's steps as the pages list them, one line each, depth first: what each asks for, its badge, criteria and
 * issuer, and an earner's standing on it; and the requirements an earner still needs.
 */
@Component
class StepLines {

    private final PathwayDiagram diagram;

    StepLines(PathwayDiagram diagram) {
        this.diagram = diagram;
    }

    /**
     * One step, as a page lists it.
     *
     * @param kind {@code goal}, {@code milestone}, {@code group}, {@code badge}, {@code external}, {@code issuer} or
     *     {@code skill}
     * @param badge the badge of this organization it shows (a required badge, a milestone, the goal), or null
     * @param rule a group's rule in words, else null
     * @param detail what names a requirement of another issuer (its achievement id, the issuer's id, the skill), or null
     * @param link where to read how it is earned (the badge's criteria, the achievement or skill's page), or null
     * @param standing the earner's standing on it, or null
     */
    record Line(
            Step step,
            int depth,
            String name,
            String kind,
            Badge badge,
            String rule,
            String detail,
            String link,
            Progress.StepProgress standing) {

        /** The HTML id of its line on the pathway's public page. */
        public String anchor() {
            return "step-" + step.id();
        }

        public String status() {
            if (standing == null) {
                return null;
            }
            return standing.done() ? "done" : standing.inProgress() ? "in-progress" : "to-do";
        }
    }

    /** Every step of the pathway, the root (the goal) first. */
    List<Line> of(Pathway pathway, Progress progress) {
        PathwayDiagram.Looks looks = diagram.looks(pathway);
        Map<String, Progress.StepProgress> standings = progress == null ? Map.of() : progress.byId();
        List<Line> lines = new ArrayList<>();
        add(pathway, pathway.steps(), 0, looks, standings, lines);
        return lines;
    }

    /** The requirements the earner has yet to meet in groups not yet complete: what to earn next. */
    List<Line> next(Pathway pathway, Progress progress) {
        Map<String, Line> byId = new java.util.HashMap<>();
        of(pathway, progress).forEach(line -> byId.put(line.step().id(), line));
        List<Line> next = new ArrayList<>();
        missing(pathway.steps(), progress.byId(), byId, next);
        return next;
    }

    private static void missing(
            Step.Group group, Map<String, Progress.StepProgress> standings, Map<String, Line> lines, List<Line> out) {
        Progress.StepProgress standing = standings.get(group.id());
        if (standing != null && standing.done()) {
            return;
        }
        for (Step child : group.children()) {
            Progress.StepProgress childStanding = standings.get(child.id());
            if (childStanding != null && childStanding.done()) {
                continue;
            }
            switch (child) {
                case Step.Group inner -> missing(inner, standings, lines, out);
                case Step.Requirement requirement -> out.add(lines.get(requirement.id()));
            }
        }
    }

    private static void add(
            Pathway pathway,
            Step step,
            int depth,
            PathwayDiagram.Looks looks,
            Map<String, Progress.StepProgress> standings,
            List<Line> out) {
        BadgeId image = looks.image(step);
        Badge badge = image == null ? null : looks.badge(image);
        Progress.StepProgress standing = standings.get(step.id());
        Line line =
                switch (step) {
                    case Step.Group group -> {
                        String kind =
                                group == pathway.steps() ? "goal" : group.milestone() != null ? "milestone" : "group";
                        String rule = DiagramDrawing.rule(group, looks);
                        String name =
                                switch (kind) {
                                    case "goal" -> badge == null ? pathway.name() : badge.name();
                                    case "group" -> group.title() == null ? rule : looks.name(step);
                                    default -> looks.name(step);
                                };
                        yield new Line(step, depth, name, kind, badge, rule, null, null, standing);
                    }
                    case Step.OwnBadge own ->
                        new Line(
                                step,
                                depth,
                                looks.name(step),
                                "badge",
                                badge,
                                null,
                                null,
                                badge == null ? null : web(badge.criteriaUrl()),
                                standing);
                    case Step.ExternalAchievement external ->
                        new Line(
                                step,
                                depth,
                                looks.name(step),
                                "external",
                                null,
                                null,
                                external.achievement(),
                                web(external.achievement()),
                                standing);
                    case Step.IssuerBadge issuer ->
                        new Line(
                                step,
                                depth,
                                looks.name(step),
                                "issuer",
                                null,
                                null,
                                issuer.issuer(),
                                web(issuer.issuer()),
                                standing);
                    case Step.Skill skill ->
                        new Line(
                                step,
                                depth,
                                looks.name(step),
                                "skill",
                                null,
                                null,
                                skill.skill(),
                                web(skill.skill()),
                                standing);
                };
        out.add(line);
        if (step instanceof Step.Group group) {
            group.children().forEach(child -> add(pathway, child, depth + 1, looks, standings, out));
        }
    }

    /** The address when it is a web page's, else null: only http and https are linked. */
    private static String web(String address) {
        if (address == null) {
            return null;
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? address.strip() : null;
    }
}
