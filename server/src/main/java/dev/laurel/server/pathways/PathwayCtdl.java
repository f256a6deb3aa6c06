package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.issuing.Badge;
import dev.laurel.server.issuing.BadgeAlignment;
import dev.laurel.server.issuing.BadgeId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A pathway in Credential Engine's CTDL, as the Credential Registry publishes pathways: one {@code @graph} with the
 * {@code ceterms:Pathway}, its destination component (the goal badge, which the root group's condition completes),
 * and a component per step — a {@code ceterms:CredentialComponent} for a badge (a milestone group too), a {@code
 * ceterms:BasicComponent} for a group without a milestone, a {@code ceterms:CompetencyComponent} for a skill — linked
 * parent to child by {@code ceasn:hasChild} / {@code ceasn:isChildOf}. A group's rule is a {@code
 * ceterms:ComponentCondition} ({@code requiredNumber} of its {@code targetComponent}s); its minimum of credits a
 * {@code ceterms:Constraint} (the sum of the components' {@code pointValue} at least so much); its order {@code
 * ceterms:precedes} between its steps. CTDL has no term for a time window: the condition's description says it.
 */
final class PathwayCtdl {

    static final String CONTEXT = "https://credreg.net/ctdl/schema/context/json";

    /** The language of names and descriptions: Laurel does not record the one organizations write in. */
    static final String LANGUAGE = "en";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PublishedPathway published;
    private final StepText text;
    private final List<ObjectNode> components = new ArrayList<>();

    private PathwayCtdl(PublishedPathway published) {
        this.published = published;
        this.text = new StepText(published);
    }

    /** The graph of {@code published}. */
    static ObjectNode of(PublishedPathway published) {
        return new PathwayCtdl(published).graph();
    }

    private ObjectNode graph() {
        Pathway pathway = published.pathway();
        ObjectNode destination = component(pathway.steps(), null);
        destination.put("ceterms:isDestinationComponentOf", published.page());
        ObjectNode node = JSON.objectNode()
                .put("@id", published.page())
                .put("@type", "ceterms:Pathway")
                .put("ceterms:ctid", ctid(pathway.id().value()));
        language(node, "ceterms:name", pathway.name());
        language(node, "ceterms:description", pathway.description());
        node.put("ceterms:ownedBy", published.issuerId());
        node.put("ceterms:subjectWebpage", published.page());
        node.put("ceterms:hasDestinationComponent", destination.get("@id").asText());
        ArrayNode parts = node.putArray("ceterms:hasPart");
        components.forEach(component -> parts.add(component.get("@id").asText()));
        ObjectNode document = JSON.objectNode().put("@context", CONTEXT).put("@id", published.page() + "/ctdl.json");
        ArrayNode graph = document.putArray("@graph");
        graph.add(node);
        components.forEach(graph::add);
        return document;
    }

    /** The component of {@code step} and, depth first, those under it. */
    private ObjectNode component(Step step, ObjectNode parent) {
        ObjectNode node = JSON.objectNode().put("@id", published.step(step));
        components.add(node);
        switch (step) {
            case Step.OwnBadge own -> {
                badge(node, own.badge());
                points(node, published.badges().get(own.badge()));
            }
            case Step.ExternalAchievement external -> {
                node.put("@type", "ceterms:CredentialComponent");
                node.put("ceterms:ctid", ctid(step));
                language(node, "ceterms:name", external.title() == null ? external.achievement() : external.title());
                language(
                        node,
                        "ceterms:description",
                        "The achievement " + external.achievement() + ", from any issuer.");
                node.put("ceterms:credentialType", "ceterms:OpenBadge");
                node.put("ceterms:sourceData", external.achievement());
            }
            case Step.IssuerBadge issuer -> {
                node.put("@type", "ceterms:CredentialComponent");
                node.put("ceterms:ctid", ctid(step));
                language(node, "ceterms:name", issuer.title() == null ? issuer.name() : issuer.title());
                language(
                        node,
                        "ceterms:description",
                        "An achievement named “" + issuer.name() + "” issued by " + issuer.issuer() + ".");
                node.put("ceterms:credentialType", "ceterms:OpenBadge");
            }
            case Step.Skill skill -> {
                node.put("@type", "ceterms:CompetencyComponent");
                node.put("ceterms:ctid", ctid(step));
                language(node, "ceterms:name", skill.title() == null ? text.skillName(skill) : skill.title());
                language(node, "ceterms:description", "Any badge aligned to " + skill.skill() + ".");
                String url = published
                        .alignment(skill.skill())
                        .map(BadgeAlignment::url)
                        .filter(PathwayAchievement::isUrl)
                        .orElse(skill.skill());
                if (PathwayAchievement.isUrl(url)) {
                    node.put("ceterms:sourceData", url);
                }
            }
            case Step.Group group -> group(node, group);
        }
        if (parent != null) {
            node.put("ceasn:isChildOf", parent.get("@id").asText());
        }
        node.putArray("ceterms:isPartOf").add(published.page());
        return node;
    }

    private void group(ObjectNode node, Step.Group group) {
        BadgeId award = published.pathway().award(group);
        if (award != null) {
            badge(node, award);
        } else {
            node.put("@type", "ceterms:BasicComponent");
            node.put("ceterms:ctid", ctid(group));
            language(node, "ceterms:name", text.label(group));
            language(node, "ceterms:description", text.rule(group) + ".");
        }
        ArrayNode children = node.putArray("ceasn:hasChild");
        List<ObjectNode> nodes = new ArrayList<>();
        for (Step child : group.children()) {
            ObjectNode childNode = component(child, node);
            children.add(childNode.get("@id").asText());
            nodes.add(childNode);
        }
        if (group.ordered()) {
            for (int i = 0; i + 1 < nodes.size(); i++) {
                nodes.get(i).put("ceterms:precedes", nodes.get(i + 1).get("@id").asText());
            }
        }
        node.putArray("ceterms:hasCondition").add(condition(group, children));
    }

    private ObjectNode condition(Step.Group group, ArrayNode targets) {
        ObjectNode condition = JSON.objectNode().put("@type", "ceterms:ComponentCondition");
        language(
                condition,
                "ceterms:name",
                "Requires " + group.needed() + " of " + group.children().size() + ".");
        language(condition, "ceterms:description", text.rule(group) + ".");
        condition.put("ceterms:requiredNumber", group.needed());
        condition.set("ceterms:targetComponent", targets.deepCopy());
        if (group.minCredits() != null) {
            ObjectNode constraint = JSON.objectNode().put("@type", "ceterms:Constraint");
            language(
                    constraint,
                    "ceterms:name",
                    "The credits of the counted components add up to at least "
                            + group.minCredits().toPlainString() + ".");
            constraint.put("ceterms:leftSource", "ceterms:pointValue");
            constraint.put("ceterms:leftAction", "array:Sum");
            constraint.put("ceterms:comparator", "compare:GTEQ");
            constraint
                    .putObject("ceterms:rightSource")
                    .put("@value", group.minCredits().toPlainString());
            condition.putArray("ceterms:hasConstraint").add(constraint);
            condition.put("ceterms:requiredConstraints", 1);
        }
        return condition;
    }

    /** A component for one of this organization's badges: a step, a milestone or the goal. */
    private void badge(ObjectNode node, BadgeId id) {
        Badge badge = published.badges().get(id);
        node.put("@type", "ceterms:CredentialComponent");
        node.put("ceterms:ctid", ctid(node.get("@id").asText()));
        language(node, "ceterms:name", published.name(id));
        language(node, "ceterms:description", badge == null ? null : badge.description());
        node.put("ceterms:credentialType", "ceterms:OpenBadge");
        node.put("ceterms:sourceData", published.achievement(id));
        if (badge != null && badge.criteriaUrl() != null) {
            node.put("ceterms:subjectWebpage", badge.criteriaUrl());
        }
    }

    /**
     * The credits a badge step is worth, which a group's credit constraint sums; not on a group's own badge (a
     * milestone's credits do not count towards the group that awards it).
     */
    private static void points(ObjectNode node, Badge badge) {
        if (badge != null && badge.creditsAvailable() != null) {
            node.putObject("ceterms:pointValue")
                    .put("@type", "schema:QuantitativeValue")
                    .put("schema:value", badge.creditsAvailable())
                    .put("schema:unitText", "creditUnit:ContinuingEducationUnit");
        }
    }

    private static void language(ObjectNode node, String property, String value) {
        if (value != null && !value.isBlank()) {
            node.putObject(property).put(LANGUAGE, value.strip());
        }
    }

    /** A CTID ("ce-" and a UUID) the same at every export: the pathway's id, or one derived from a step's address. */
    private String ctid(Step step) {
        return ctid(published.step(step));
    }

    private static String ctid(String address) {
        return ctid(UUID.nameUUIDFromBytes(address.getBytes(StandardCharsets.UTF_8)));
    }

    private static String ctid(UUID id) {
        return "ce-" + id;
    }
}
