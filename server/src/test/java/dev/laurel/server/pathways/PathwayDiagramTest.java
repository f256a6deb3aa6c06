package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pathway diagram is well-formed SVG, escapes every text, and draws done, in progress and to do differently. */
class PathwayDiagramTest {

    static final BadgeId GOLD = new BadgeId(UUID.randomUUID());
    static final BadgeId SILVER = new BadgeId(UUID.randomUUID());
    static final BadgeId SAFETY = new BadgeId(UUID.randomUUID());
    static final BadgeId SCRIPT = new BadgeId(UUID.randomUUID());
    static final Map<BadgeId, String> NAMES =
            Map.of(GOLD, "Gold", SILVER, "Silver & Co", SAFETY, "Safety Basics", SCRIPT, "<script>alert(1)</script>");

    static final Step.Group SILVER_LEVEL = new Step.Group(
            "silver",
            null,
            Step.Rule.ALL,
            0,
            true,
            12,
            null,
            SILVER,
            List.of(
                    new Step.OwnBadge("safety", null, SAFETY),
                    new Step.OwnBadge("script", null, SCRIPT),
                    new Step.ExternalAchievement("external", null, "https://other.example/achievements/first-aid")));
    static final Step.Group ROOT = new Step.Group(
            "root",
            null,
            Step.Rule.ALL,
            0,
            false,
            null,
            null,
            null,
            List.of(
                    SILVER_LEVEL,
                    new Step.Group(
                            "choice",
                            null,
                            Step.Rule.AT_LEAST,
                            2,
                            false,
                            null,
                            new BigDecimal("10.0"),
                            null,
                            List.of(
                                    new Step.Skill("skill", null, "https://esco.example/skill/x"),
                                    new Step.IssuerBadge("issuer", null, "did:web:other.example", "Rescue"),
                                    new Step.OwnBadge("deleted", "Night shift", SAFETY)))));
    static final Pathway PATHWAY = new Pathway(
            new PathwayId(UUID.randomUUID()),
            new OrganizationId(UUID.randomUUID()),
            "Site <Safety> \"Levels\"",
            "",
            GOLD,
            ROOT,
            false,
            true,
            Instant.EPOCH,
            Instant.EPOCH);

    @Test
    void isWellFormedSvgWithATitleAndADescriptionForScreenReaders() throws Exception {
        Element svg = parse(draw(null)).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("The steps of Site <Safety> \"Levels\"");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 340 ");
        assertThat(text(svg, "title")).isEqualTo("The steps of Site <Safety> \"Levels\"");
        assertThat(text(svg, "desc")).contains("Safety Basics — Badge", "Silver & Co — Milestone");
        assertThat(steps(svg)).hasSize(9).allMatch(step -> step.getAttribute("data-status")
                .equals("none"));
    }

    @Test
    void writesEveryNameAsTextNeverAsMarkup() throws Exception {
        String svg = draw(null);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(svg).contains("Silver &amp; Co");
        assertThat(parse(svg)
                        .getDocumentElement()
                        .getElementsByTagNameNS("*", "script")
                        .getLength())
                .isZero();
        assertThat(parse(svg).getDocumentElement().getTextContent()).contains("<script>alert(1)</script>");
    }

    @Test
    void showsEachGroupsRuleAndWhereEachStepComesFrom() throws Exception {
        String content = parse(draw(null)).getDocumentElement().getTextContent();

        assertThat(content)
                .contains("Goal: Gold · All of 2")
                .contains("Milestone · All of 3 · in order · within 12 months")
                .contains("2 of 3 · 10 credits")
                .contains("Another issuer's badge (other.example)")
                .contains("Issued by did:web:other.example")
                .contains("Any issuer's badge for this skill")
                .contains("Night shift");
        assertThat(draw(null)).contains("href=\"/badges/" + SAFETY.value() + "/image\"");
    }

    @Test
    void drawsDoneInProgressAndToDoWithDifferentIconsBordersAndWords() throws Exception {
        List<Progress.StepProgress> standings = new ArrayList<>();
        standings.add(standing(ROOT, 0, false, 0, 2));
        standings.add(standing(SILVER_LEVEL, 1, false, 2, 3));
        standings.add(standing(SILVER_LEVEL.children().get(0), 2, true, 1, 1));
        standings.add(standing(SILVER_LEVEL.children().get(1), 2, true, 1, 1));
        standings.add(standing(SILVER_LEVEL.children().get(2), 2, false, 0, 1));
        Step.Group choice = (Step.Group) ROOT.children().get(1);
        standings.add(standing(choice, 1, false, 0, 2));
        choice.children().forEach(step -> standings.add(standing(step, 2, false, 0, 1)));
        Element svg = parse(draw(new Progress(false, null, standings, 40))).getDocumentElement();

        Element done = step(svg, "safety");
        assertThat(done.getAttribute("data-status")).isEqualTo("done");
        assertThat(classed(done, "path", "check")).as("a check mark").isTrue();
        assertThat(rect(done).getAttribute("stroke-dasharray")).isEmpty();
        assertThat(done.getTextContent()).contains("Done");

        Element partly = step(svg, "silver");
        assertThat(partly.getAttribute("data-status")).isEqualTo("in-progress");
        assertThat(classed(partly, "path", "half")).as("a half-filled circle").isTrue();
        assertThat(classed(partly, "rect", "partial"))
                .as("a bar filled two thirds")
                .isTrue();
        assertThat(rect(partly).getAttribute("stroke-dasharray")).isEqualTo("6 3");
        assertThat(partly.getTextContent()).contains("Started, 2 of 3 done");

        Element toDo = step(svg, "external");
        assertThat(toDo.getAttribute("data-status")).isEqualTo("to-do");
        assertThat(classed(toDo, "circle", "empty")).as("an empty circle").isTrue();
        assertThat(rect(toDo).getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(toDo.getTextContent()).contains("To do");
        assertThat(rect(done).getAttribute("fill")).isNotEqualTo("#ffffff");
    }

    @Test
    void cutsLongNamesToTheBoxWithAnEllipsisKeepingTheWholeNameInItsTitle() throws Exception {
        String longName = "Advanced ".repeat(20) + "Welding";
        Pathway pathway = new Pathway(
                PATHWAY.id(),
                PATHWAY.organizationId(),
                "Long",
                "",
                GOLD,
                new Step.Group(
                        "root",
                        null,
                        Step.Rule.ALL,
                        0,
                        false,
                        null,
                        null,
                        null,
                        List.of(new Step.OwnBadge("long", longName, SAFETY))),
                false,
                true,
                Instant.EPOCH,
                Instant.EPOCH);
        Element svg = parse(new DiagramDrawing(pathway, null, looks()).svg()).getDocumentElement();

        Element step = step(svg, "long");
        NodeList texts = step.getElementsByTagNameNS("*", "text");
        assertThat(texts.getLength()).as("two lines of name and one of detail").isEqualTo(3);
        assertThat(texts.item(1).getTextContent()).endsWith("…");
        assertThat(text(step, "title")).isEqualTo(longName);
    }

    private static String draw(Progress progress) {
        return new DiagramDrawing(PATHWAY, progress, looks()).svg();
    }

    private static Progress.StepProgress standing(Step step, int depth, boolean done, int have, int need) {
        return new Progress.StepProgress(step, depth, done, have, need, BigDecimal.ZERO, null, List.of(), null);
    }

    static PathwayDiagram.Looks looks() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/pathways");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PathwayDiagram.Looks() {
            @Override
            public String name(Step step) {
                if (step.title() != null) {
                    return step.title();
                }
                return switch (step) {
                    case Step.OwnBadge own -> NAMES.get(own.badge());
                    case Step.ExternalAchievement external -> external.achievement();
                    case Step.IssuerBadge issuer -> issuer.name();
                    case Step.Skill skill -> "Any badge aligned to " + skill.skill();
                    case Step.Group group -> group.milestone() == null ? PATHWAY.name() : NAMES.get(group.milestone());
                };
            }

            @Override
            public BadgeId image(Step step) {
                return switch (step) {
                    case Step.OwnBadge own -> own.badge();
                    case Step.Group group -> group == ROOT ? GOLD : group.milestone();
                    default -> null;
                };
            }

            @Override
            public String badgeName(BadgeId badge) {
                return NAMES.get(badge);
            }

            @Override
            public String text(String key, Object... arguments) {
                return messages.getMessage(key, arguments, Locale.ENGLISH);
            }
        };
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> steps(Element svg) {
        List<Element> steps = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.hasAttribute("data-step")) {
                steps.add(group);
            }
        }
        return steps;
    }

    private static Element step(Element svg, String id) {
        return steps(svg).stream()
                .filter(step -> step.getAttribute("data-step").equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Element rect(Element step) {
        return (Element) step.getElementsByTagNameNS("*", "rect").item(0);
    }

    private static boolean classed(Element step, String tag, String className) {
        NodeList nodes = step.getElementsByTagNameNS("*", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("class").equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static String text(Element element, String tag) {
        return element.getElementsByTagNameNS("*", tag).item(0).getTextContent();
    }
}
