package dev.laurel.server.pathways;

import dev.laurel.server.issuing.BadgeId;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One drawing of a pathway's tree ({@link PathwayDiagram}): steps as rows, depth first, each level indented, elbow
 * lines from a group to its steps. Every text is escaped; the styles of done, in progress and to do differ by icon,
 * border and words, not by colour alone.
 */
final class DiagramDrawing {

    static final int WIDTH = 340;
    private static final int MARGIN = 4;
    private static final int INDENT = 14;
    private static final int GAP = 8;
    private static final int IMAGE = 28;
    private static final int LINE = 17;
    private static final int NAME_SIZE = 14;
    private static final int SUB_SIZE = 12;
    private static final int SUB_LINE = 15;
    private static final String INK = "#1c2321";
    private static final String SOFT = "#4a5552";
    private static final String OK = "#1e6b3a";
    private static final String OK_BG = "#e3f3e8";
    private static final String WARN = "#7a5300";
    private static final String WARN_BG = "#fdf3d8";

    /** Where an earner stands on a step, as drawn. */
    enum Status {
        DONE("done"),
        IN_PROGRESS("in-progress"),
        TO_DO("to-do"),
        NONE("none");

        final String key;

        Status(String key) {
            this.key = key;
        }
    }

    private final Pathway pathway;
    private final Map<String, Progress.StepProgress> progress;
    private final PathwayDiagram.Looks looks;
    private final StringBuilder lines = new StringBuilder();
    private final StringBuilder boxes = new StringBuilder();
    private final List<String> outline = new ArrayList<>();
    private int y = MARGIN;

    DiagramDrawing(Pathway pathway, Progress progress, PathwayDiagram.Looks looks) {
        this.pathway = pathway;
        this.progress = progress == null ? null : progress.byId();
        this.looks = looks;
    }

    String svg() {
        step(pathway.steps(), 0);
        int height = y - GAP + MARGIN;
        String title = looks.text("pathway.diagram.title", pathway.name());
        // Unique on a page that shows the same pathway twice (a preview beside the tree).
        String id = "pathway-diagram-" + pathway.id() + "-"
                + Long.toString(ThreadLocalRandom.current().nextLong() & 0xffffffffL, 36);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pathway-diagram\" role=\"img\" width=\"100%\" "
                + "viewBox=\"0 0 " + WIDTH + " " + height + "\" aria-label=\"" + Svg.text(title) + "\" "
                + "aria-describedby=\"" + id + "-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, "
                + "sans-serif\">"
                + "<title>" + Svg.text(title) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + Svg.text(String.join("; ", outline)) + "</desc>"
                + "<g class=\"lines\" fill=\"none\" stroke=\"#9aa39f\" stroke-width=\"1.5\">" + lines + "</g>"
                + boxes
                + "</svg>";
    }

    /** Draws {@code step} at the current row and its steps below it; answers the middle of its row. */
    private int step(Step step, int depth) {
        int x = MARGIN + depth * INDENT;
        int width = WIDTH - MARGIN - x;
        Status status = status(step);
        BadgeId image = looks.image(step);
        int textX = x + (status == Status.NONE ? 10 : 30) + (image == null ? 0 : IMAGE + 8);
        int textWidth = x + width - 8 - textX;
        String name = name(step);
        List<String> nameLines = Svg.wrap(name, textWidth, NAME_SIZE * 0.56, 2);
        String sub = subLine(step, status);
        List<String> subLines = sub.isEmpty() ? List.of() : Svg.wrap(sub, textWidth, SUB_SIZE * 0.5, 2);
        int height = Math.max(
                image == null ? 34 : IMAGE + 14,
                14 + LINE * nameLines.size() + SUB_LINE * subLines.size() + (status == Status.IN_PROGRESS ? 8 : 0));
        int top = y;
        int middle = top + height / 2;
        outline.add(sub.isEmpty() ? name : name + " — " + sub);
        box(step, status, x, top, width, height);
        if (status != Status.NONE) {
            icon(status, x + 16, middle);
        }
        if (image != null) {
            int imageX = x + (status == Status.NONE ? 10 : 30);
            boxes.append("<image href=\"/badges/")
                    .append(image.value())
                    .append("/image\" x=\"")
                    .append(imageX)
                    .append("\" y=\"")
                    .append(middle - IMAGE / 2)
                    .append("\" width=\"" + IMAGE + "\" height=\"" + IMAGE
                            + "\" preserveAspectRatio=\"xMidYMid meet\"/>");
        }
        int baseline = top + 8 + NAME_SIZE;
        for (String line : nameLines) {
            boxes.append("<text x=\"")
                    .append(textX)
                    .append("\" y=\"")
                    .append(baseline)
                    .append("\" font-size=\"" + NAME_SIZE + "\" font-weight=\"")
                    .append(step instanceof Step.Group ? "700" : "600")
                    .append("\" fill=\"" + INK + "\">")
                    .append(Svg.text(line))
                    .append("</text>");
            baseline += LINE;
        }
        baseline -= LINE - SUB_LINE - 1;
        for (String line : subLines) {
            boxes.append("<text x=\"")
                    .append(textX)
                    .append("\" y=\"")
                    .append(baseline)
                    .append("\" font-size=\"" + SUB_SIZE + "\" fill=\"" + SOFT + "\">")
                    .append(Svg.text(line))
                    .append("</text>");
            baseline += SUB_LINE;
        }
        boxes.append("</g>");
        y = top + height + GAP;
        if (step instanceof Step.Group group) {
            int trunk = x + INDENT / 2;
            for (Step child : group.children()) {
                int childMiddle = step(child, depth + 1);
                lines.append("<path d=\"M")
                        .append(trunk)
                        .append(' ')
                        .append(top + height)
                        .append("V")
                        .append(childMiddle)
                        .append("H")
                        .append(trunk + INDENT / 2)
                        .append("\"/>");
            }
        }
        return middle;
    }

    private void box(Step step, Status status, int x, int top, int width, int height) {
        boolean group = step instanceof Step.Group;
        String fill =
                switch (status) {
                    case DONE -> OK_BG;
                    case NONE -> group ? "#f4f6f3" : "#ffffff";
                    default -> "#ffffff";
                };
        String stroke =
                switch (status) {
                    case DONE -> OK;
                    case IN_PROGRESS -> WARN;
                    default -> SOFT;
                };
        String strokeWidth = status == Status.DONE || status == Status.IN_PROGRESS ? "2" : "1.25";
        String dashes = status == Status.IN_PROGRESS ? " stroke-dasharray=\"6 3\"" : "";
        boxes.append("<g class=\"step ")
                .append(status.key)
                .append("\" data-step=\"")
                .append(Svg.text(step.id()))
                .append("\" data-status=\"")
                .append(status.key)
                .append("\"><title>")
                .append(Svg.text(name(step)))
                .append("</title><rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(top)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" rx=\"")
                .append(group ? 10 : 4)
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"")
                .append(strokeWidth)
                .append('"')
                .append(dashes)
                .append("/>");
        Progress.StepProgress standing = progress == null ? null : progress.get(step.id());
        if (status == Status.IN_PROGRESS && standing.have() > 0) {
            int filled = (width - 4) * Math.min(standing.have(), standing.need()) / Math.max(1, standing.need());
            boxes.append("<rect class=\"partial\" x=\"")
                    .append(x + 2)
                    .append("\" y=\"")
                    .append(top + height - 7)
                    .append("\" width=\"")
                    .append(filled)
                    .append("\" height=\"5\" rx=\"2\" fill=\"" + WARN + "\"/>");
        }
    }

    private void icon(Status status, int cx, int cy) {
        switch (status) {
            case DONE ->
                boxes.append(
                        "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"9\" fill=\"" + OK + "\"/>"
                                + "<path class=\"check\" d=\"M" + (cx - 4.5) + " " + cy + "l3 3.5l6-7\" fill=\"none\" "
                                + "stroke=\"#ffffff\" stroke-width=\"2.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
            case IN_PROGRESS ->
                boxes.append("<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"8\" fill=\"" + WARN_BG + "\" stroke=\""
                        + WARN + "\" stroke-width=\"2\"/>" + "<path class=\"half\" d=\"M" + cx + " " + (cy - 8)
                        + "A8 8 0 0 1 " + cx + " " + (cy + 8) + "Z\" fill=\"" + WARN + "\"/>");
            case TO_DO ->
                boxes.append("<circle class=\"empty\" cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"8\" fill=\"#ffffff\" "
                        + "stroke=\"" + SOFT + "\" stroke-width=\"1.5\"/>");
            case NONE -> {}
        }
    }

    private Status status(Step step) {
        return progress == null ? Status.NONE : status(step, progress);
    }

    /** Done; in progress when not done but something under it is; else to do (none without a standing). */
    static Status status(Step step, Map<String, Progress.StepProgress> standings) {
        Progress.StepProgress standing = standings.get(step.id());
        if (standing == null) {
            return Status.NONE;
        }
        if (standing.done()) {
            return Status.DONE;
        }
        return started(step, standings) ? Status.IN_PROGRESS : Status.TO_DO;
    }

    private static boolean started(Step step, Map<String, Progress.StepProgress> standings) {
        Progress.StepProgress standing = standings.get(step.id());
        if (standing != null && (standing.done() || standing.have() > 0)) {
            return true;
        }
        return step instanceof Step.Group group
                && group.children().stream().anyMatch(child -> started(child, standings));
    }

    private String name(Step step) {
        if (step instanceof Step.Group group
                && group != pathway.steps()
                && group.title() == null
                && group.milestone() == null) {
            return rule(group, looks);
        }
        return looks.name(step);
    }

    private String subLine(Step step, Status status) {
        List<String> parts = new ArrayList<>();
        switch (status) {
            case DONE -> parts.add(looks.text("pathway.diagram.done"));
            case IN_PROGRESS -> {
                Progress.StepProgress standing = progress.get(step.id());
                parts.add(looks.text("pathway.diagram.inProgress", standing.have(), standing.need()));
            }
            case TO_DO -> parts.add(looks.text("pathway.diagram.toDo"));
            case NONE -> {}
        }
        switch (step) {
            case Step.Group group
            when group == pathway.steps() -> {
                String goal = looks.badgeName(pathway.goal());
                if (goal != null) {
                    parts.add(looks.text("pathway.diagram.goal", goal));
                }
                parts.add(rule(group, looks));
            }
            case Step.Group group
            when group.milestone() != null || group.title() != null -> {
                if (group.milestone() != null) {
                    parts.add(looks.text("pathway.diagram.milestone"));
                }
                parts.add(rule(group, looks));
            }
            case Step.Group group -> {}
            case Step.OwnBadge own -> parts.add(looks.text("pathway.diagram.badge"));
            case Step.ExternalAchievement external ->
                parts.add(looks.text("pathway.diagram.external", host(external.achievement())));
            case Step.IssuerBadge issuer -> parts.add(looks.text("pathway.diagram.issuer", issuer.issuer()));
            case Step.Skill skill -> parts.add(looks.text("pathway.diagram.skill"));
        }
        return String.join(" · ", parts);
    }

    /** A group's rule in words: "All of 3", "2 of 3", "in order", "within 12 months", "10 credits". */
    static String rule(Step.Group group, PathwayDiagram.Looks looks) {
        List<String> parts = new ArrayList<>();
        int size = group.children().size();
        parts.add(
                switch (group.rule()) {
                    case ALL -> looks.text("pathway.diagram.rule.all", size);
                    case ANY -> looks.text("pathway.diagram.rule.any", size);
                    case AT_LEAST -> looks.text("pathway.diagram.rule.atLeast", group.atLeast(), size);
                });
        if (group.ordered()) {
            parts.add(looks.text("pathway.diagram.ordered"));
        }
        if (group.withinMonths() != null) {
            parts.add(looks.text("pathway.diagram.within", group.withinMonths()));
        }
        if (group.minCredits() != null) {
            parts.add(looks.text(
                    "pathway.diagram.credits",
                    group.minCredits().stripTrailingZeros().toPlainString()));
        }
        return String.join(" · ", parts);
    }

    private static String host(String achievement) {
        try {
            String host = URI.create(achievement).getHost();
            return host == null ? achievement : host;
        } catch (IllegalArgumentException e) {
            return achievement;
        }
    }
}
