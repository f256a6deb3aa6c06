package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.model.Achievement;
import dev.laurel.credentials.model.Alignment;
import dev.laurel.credentials.model.CredentialJson;
import dev.laurel.credentials.model.Criteria;
import dev.laurel.credentials.model.Image;
import dev.laurel.credentials.model.Profile;
import dev.laurel.credentials.model.Related;
import dev.laurel.credentials.model.ResultDescription;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeAlignment;
import dev.laurel.server.issuing.BadgeId;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A pathway as an Open Badges 3.0 Achievement (JSON-LD): the goal badge, with the achievements it takes listed in the
 * terms Open Badges has for them — {@code related} for the achievements of the steps (this Laurel's and other
 * issuers', by id, and the milestones), {@code alignment} for the skills and the achievements named by issuer and
 * name, one {@code resultDescription} per group with its rule, and the whole tree in the criteria's narrative. The
 * mapping is documented in {@code docs/pathways.md} ("Interop").
 */
final class PathwayAchievement {

    /** The one context: the Open Badges 3.0 context defines every term used, so none falls to a catch-all. */
    static final String CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /**
     * An alignment's target is an Open Badges achievement, by its id. This and the other {@code ext:} target types are
     * extended terms of the AlignmentTargetType vocabulary, named and documented as Open Badges 3.0 "Extending
     * Enumerated Vocabularies" asks (docs/pathways.md).
     */
    static final String ACHIEVEMENT_TARGET = "ext:Achievement";

    /** An alignment's target is an achievement named by its issuer's id and its name. */
    static final String ISSUER_ACHIEVEMENT_TARGET = "ext:IssuerAchievement";

    /** An alignment's target is a skill or framework item outside CTDL and CASE. */
    static final String SKILL_TARGET = "ext:Skill";

    /** An alignment's target is another step (a group) of the same pathway. */
    static final String STEP_TARGET = "ext:PathwayStep";

    private final PublishedPathway published;
    private final StepText text;

    private PathwayAchievement(PublishedPathway published) {
        this.published = published;
        this.text = new StepText(published);
    }

    /** The document of {@code published}. */
    static ObjectNode of(PublishedPathway published) {
        return new PathwayAchievement(published).document();
    }

    private ObjectNode document() {
        Pathway pathway = published.pathway();
        Badge goal = published.goal();
        String name = goal == null ? pathway.name() : goal.name();
        String description =
                goal == null || goal.description() == null || goal.description().isBlank()
                        ? pathway.description()
                        : goal.description();
        Achievement.Builder achievement = Achievement.builder()
                .id(published.achievement(pathway.goal()))
                .name(name)
                .description(description == null || description.isBlank() ? pathway.name() : description)
                .criteria(Criteria.of(published.page(), narrative(goal)))
                .image(Image.of(published.image(pathway.goal()), name))
                .creator(creator());
        if (goal != null && goal.achievementType() != null) {
            achievement.achievementType(goal.achievementType());
        }
        if (goal != null && goal.creditsAvailable() != null) {
            achievement.creditsAvailable(goal.creditsAvailable());
        }
        List<Related> related = related();
        if (!related.isEmpty()) {
            achievement.related(related.toArray(Related[]::new));
        }
        List<Alignment> alignments = alignments(goal);
        if (!alignments.isEmpty()) {
            achievement.alignment(alignments.toArray(Alignment[]::new));
        }
        achievement.resultDescription(pathway.steps()
                .flatten()
                .filter(Step.Group.class::isInstance)
                .map(step -> resultDescription((Step.Group) step))
                .toArray(ResultDescription[]::new));
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.putArray("@context").add(CONTEXT);
        document.setAll(CredentialJson.write(achievement.build()));
        return document;
    }

    private String narrative(Badge goal) {
        StringBuilder narrative = new StringBuilder();
        if (goal != null
                && goal.criteriaNarrative() != null
                && !goal.criteriaNarrative().isBlank()) {
            narrative.append(goal.criteriaNarrative().strip()).append("\n\n");
        }
        narrative
                .append("Awarded on completing the pathway “")
                .append(published.pathway().name())
                .append("” (")
                .append(published.page())
                .append("):\n\n")
                .append(text.markdown());
        return narrative.toString();
    }

    private Profile creator() {
        Profile.Builder creator = Profile.builder()
                .id(published.issuerId())
                .type("Profile")
                .name(published.organization().name());
        if (published.organization().url() != null) {
            creator.url(published.organization().url());
        }
        return creator.build();
    }

    /** The achievements of the steps by id: this organization's badges, other issuers' achievements, milestones. */
    private List<Related> related() {
        Set<String> ids = new LinkedHashSet<>();
        published.pathway().steps().flatten().forEach(step -> {
            switch (step) {
                case Step.OwnBadge own -> ids.add(published.achievement(own.badge()));
                case Step.ExternalAchievement external -> ids.add(external.achievement());
                case Step.Group group -> {
                    if (group.milestone() != null) {
                        ids.add(published.achievement(group.milestone()));
                    }
                }
                case Step.IssuerBadge issuer -> {}
                case Step.Skill skill -> {}
            }
        });
        ids.remove(published.achievement(published.pathway().goal()));
        return ids.stream().map(id -> Related.of(id, null, null)).toList();
    }

    /** The goal badge's own alignments, then the skills and the achievements named by issuer that steps require. */
    private List<Alignment> alignments(Badge goal) {
        List<Alignment> alignments = new ArrayList<>();
        if (goal != null) {
            for (BadgeAlignment own : goal.alignments()) {
                Alignment.Builder alignment = Alignment.builder()
                        .type("Alignment")
                        .targetName(own.name())
                        .targetUrl(own.url());
                if (own.framework() != null) {
                    alignment.targetFramework(own.framework());
                }
                if (own.code() != null) {
                    alignment.targetCode(own.code());
                }
                alignments.add(alignment.build());
            }
        }
        published.pathway().steps().flatten().forEach(step -> {
            if (step instanceof Step.Skill || step instanceof Step.IssuerBadge) {
                alignments.add(alignment((Step.Requirement) step));
            }
        });
        return alignments;
    }

    /** A group's rule, as the result "Completed" of the step at {@code PAGE#STEP}, aligned to each of its steps. */
    private ResultDescription resultDescription(Step.Group group) {
        String name = text.label(group);
        if (group.title() != null) {
            name = name + ": " + text.rule(group);
        }
        BadgeId award = published.pathway().award(group);
        if (award != null) {
            name = name + " — awards “" + published.name(award) + "”";
        }
        return ResultDescription.builder()
                .id(published.step(group))
                .name(name)
                .resultType("Status")
                .allowedValue("InProgress", "Completed")
                .requiredValue("Completed")
                .alignment(group.children().stream().map(this::alignment).toArray(Alignment[]::new))
                .build();
    }

    private Alignment alignment(Step step) {
        Alignment.Builder alignment = Alignment.builder().type("Alignment");
        switch (step) {
            case Step.OwnBadge own ->
                alignment
                        .targetName(published.name(own.badge()))
                        .targetUrl(published.achievement(own.badge()))
                        .targetType(ACHIEVEMENT_TARGET);
            case Step.ExternalAchievement external ->
                alignment
                        .targetName(external.title() == null ? external.achievement() : external.title())
                        .targetUrl(external.achievement())
                        .targetType(ACHIEVEMENT_TARGET);
            case Step.IssuerBadge issuer ->
                alignment
                        .targetName(issuer.name())
                        .targetUrl(issuer.issuer())
                        .targetDescription("An achievement named “" + issuer.name() + "” issued by " + issuer.issuer())
                        .targetType(ISSUER_ACHIEVEMENT_TARGET);
            case Step.Skill skill -> skill(skill, alignment);
            case Step.Group group ->
                alignment
                        .targetName(text.label(group))
                        .targetUrl(published.step(group))
                        .targetType(STEP_TARGET);
        }
        return alignment.build();
    }

    /**
     * A skill as the framework item a badge of the pathway aligns to, when one does; else a skill named by URL is the
     * target itself, and one named by code is described by the step's own address.
     */
    private void skill(Step.Skill skill, Alignment.Builder alignment) {
        alignment.targetDescription("Any badge aligned to " + skill.skill());
        Optional<BadgeAlignment> known = published.alignment(skill.skill());
        String url =
                known.map(BadgeAlignment::url).filter(PathwayAchievement::isUrl).orElse(skill.skill());
        String name = skill.title() != null
                ? skill.title()
                : known.map(BadgeAlignment::name).filter(n -> !n.isBlank()).orElse(skill.skill());
        alignment.targetName(name);
        known.map(BadgeAlignment::framework).ifPresent(alignment::targetFramework);
        String code = known.map(BadgeAlignment::code).orElse(isUrl(skill.skill()) ? null : skill.skill());
        if (code != null) {
            alignment.targetCode(code);
        }
        if (isUrl(url)) {
            alignment.targetUrl(url).targetType(skillType(url));
        } else {
            alignment.targetUrl(published.step(skill)).targetType(SKILL_TARGET);
        }
    }

    /** Credential Engine's competencies and CASE framework items have their own target types; the rest are skills. */
    static String skillType(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (host.endsWith("credentialengineregistry.org") || host.endsWith("credentialengine.org")) {
            return "ceasn:Competency";
        }
        if (path.contains("/ims/case/") || path.contains("/CFItems/") || host.startsWith("casenetwork.")) {
            return "CFItem";
        }
        return SKILL_TARGET;
    }

    static boolean isUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
