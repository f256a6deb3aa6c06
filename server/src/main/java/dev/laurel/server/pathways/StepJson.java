package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.platform.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A pathway's tree of steps as JSON — the API's shape, also how it is stored. A group is {@code {"all": [...]}},
 * {@code {"any": [...]}} or {@code {"atLeast": N, "of": [...]}}, with optional {@code ordered}, {@code withinMonths},
 * {@code minCredits} and {@code milestone}; a requirement is {@code {"achievement": badge id}}, {@code
 * {"externalAchievement": url}}, {@code {"issuer": did, "name": name}} or {@code {"skill": url or code}}. Every step
 * may carry an {@code id} (made up when absent) and a {@code title}. Refusals are {@link PathwayError#INVALID} with
 * the JSON pointer of the wrong value in {@code field}.
 */
public final class StepJson {

    /** At most this many steps in a pathway, and this many levels of groups. */
    static final int MAX_STEPS = 200;

    static final int MAX_DEPTH = 8;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Set<String> ids = new HashSet<>();
    private int count;

    private StepJson() {}

    /** The tree {@code node} describes, found at {@code pointer} in the request; a requirement alone becomes "all of". */
    public static Step.Group parse(JsonNode node, String pointer) {
        StepJson reader = new StepJson();
        reader.collectIds(node, pointer);
        Step root = reader.step(node, pointer, 1);
        if (root instanceof Step.Group group) {
            return group;
        }
        return new Step.Group(reader.freshId(), null, Step.Rule.ALL, 0, false, null, null, null, List.of(root));
    }

    /** The JSON of {@code step}, as {@link #parse} reads it. */
    public static ObjectNode write(Step step) {
        ObjectNode out = JSON.objectNode();
        out.put("id", step.id());
        if (step.title() != null) {
            out.put("title", step.title());
        }
        switch (step) {
            case Step.OwnBadge own -> out.put("achievement", own.badge().value().toString());
            case Step.ExternalAchievement external -> out.put("externalAchievement", external.achievement());
            case Step.IssuerBadge issuer -> out.put("issuer", issuer.issuer()).put("name", issuer.name());
            case Step.Skill skill -> out.put("skill", skill.skill());
            case Step.Group group -> {
                ArrayNode children = JSON.arrayNode();
                group.children().forEach(child -> children.add(write(child)));
                switch (group.rule()) {
                    case ALL -> out.set("all", children);
                    case ANY -> out.set("any", children);
                    case AT_LEAST -> {
                        out.put("atLeast", group.atLeast());
                        out.set("of", children);
                    }
                }
                if (group.ordered()) {
                    out.put("ordered", true);
                }
                if (group.withinMonths() != null) {
                    out.put("withinMonths", group.withinMonths());
                }
                if (group.minCredits() != null) {
                    out.put("minCredits", group.minCredits());
                }
                if (group.milestone() != null) {
                    out.put("milestone", group.milestone().value().toString());
                }
            }
        }
        return out;
    }

    private void collectIds(JsonNode node, String pointer) {
        if (!node.isObject()) {
            return;
        }
        JsonNode id = node.get("id");
        if (id != null) {
            if (!id.isTextual() || !ID.matcher(id.asText()).matches()) {
                throw invalid(pointer + "/id", "A step's id is 1 to 40 letters, digits, '-' or '_'.");
            }
            if (!ids.add(id.asText())) {
                throw invalid(pointer + "/id", "Two steps have the id '" + id.asText() + "'.");
            }
        }
        for (String name : List.of("all", "any", "of")) {
            JsonNode children = node.get(name);
            if (children != null && children.isArray()) {
                for (int i = 0; i < children.size(); i++) {
                    collectIds(children.get(i), pointer + "/" + name + "/" + i);
                }
            }
        }
    }

    private Step step(JsonNode node, String pointer, int depth) {
        if (!node.isObject()) {
            throw invalid(pointer, "A step is a JSON object: a group (all, any, atLeast + of) or a requirement.");
        }
        if (++count > MAX_STEPS) {
            throw invalid(pointer, "A pathway has at most " + MAX_STEPS + " steps.");
        }
        String id = node.has("id") ? node.get("id").asText() : freshId();
        String title = optionalText(node, "title", pointer);
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("all", "any", "atLeast", "achievement", "externalAchievement", "issuer", "skill")) {
            if (node.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            throw invalid(
                    pointer,
                    kinds.isEmpty()
                            ? "A step needs one of all, any, atLeast (with of), achievement, externalAchievement,"
                                    + " issuer (with name) or skill."
                            : "A step is one thing; this one has " + String.join(" and ", kinds) + ".");
        }
        return switch (kinds.getFirst()) {
            case "achievement" -> new Step.OwnBadge(id, title, badge(node, "achievement", pointer));
            case "externalAchievement" ->
                new Step.ExternalAchievement(id, title, absoluteUri(node, "externalAchievement", pointer));
            case "issuer" ->
                new Step.IssuerBadge(
                        id, title, absoluteUri(node, "issuer", pointer), requiredText(node, "name", pointer));
            case "skill" -> new Step.Skill(id, title, requiredText(node, "skill", pointer));
            default -> group(node, kinds.getFirst(), id, title, pointer, depth);
        };
    }

    private Step.Group group(JsonNode node, String kind, String id, String title, String pointer, int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid(pointer, "Groups nest at most " + MAX_DEPTH + " deep.");
        }
        String list = kind.equals("atLeast") ? "of" : kind;
        JsonNode children = node.get(list);
        if (children == null || !children.isArray() || children.isEmpty()) {
            throw invalid(pointer + "/" + list, "'" + list + "' is a non-empty list of steps.");
        }
        Step.Rule rule =
                switch (kind) {
                    case "all" -> Step.Rule.ALL;
                    case "any" -> Step.Rule.ANY;
                    default -> Step.Rule.AT_LEAST;
                };
        int atLeast = 0;
        if (rule == Step.Rule.AT_LEAST) {
            JsonNode n = node.get("atLeast");
            if (!n.canConvertToExactIntegral() || n.asInt() < 1 || n.asInt() > children.size()) {
                throw invalid(pointer + "/atLeast", "'atLeast' is a whole number from 1 to " + children.size() + ".");
            }
            atLeast = n.asInt();
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            steps.add(step(children.get(i), pointer + "/" + list + "/" + i, depth + 1));
        }
        boolean ordered = false;
        if (node.has("ordered")) {
            if (!node.get("ordered").isBoolean()) {
                throw invalid(pointer + "/ordered", "'ordered' is true or false.");
            }
            ordered = node.get("ordered").asBoolean();
        }
        Integer withinMonths = null;
        if (node.hasNonNull("withinMonths")) {
            JsonNode n = node.get("withinMonths");
            if (!n.canConvertToExactIntegral() || n.asInt() < 1 || n.asInt() > 600) {
                throw invalid(pointer + "/withinMonths", "'withinMonths' is a whole number of months from 1 to 600.");
            }
            withinMonths = n.asInt();
        }
        BigDecimal minCredits = null;
        if (node.hasNonNull("minCredits")) {
            JsonNode n = node.get("minCredits");
            if (!n.isNumber() || n.decimalValue().signum() <= 0) {
                throw invalid(pointer + "/minCredits", "'minCredits' is a number above zero.");
            }
            minCredits = n.decimalValue().stripTrailingZeros();
        }
        BadgeId milestone = node.hasNonNull("milestone") ? badge(node, "milestone", pointer) : null;
        return new Step.Group(id, title, rule, atLeast, ordered, withinMonths, minCredits, milestone, steps);
    }

    private static BadgeId badge(JsonNode node, String name, String pointer) {
        String text = requiredText(node, name, pointer);
        try {
            return new BadgeId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw invalid(pointer + "/" + name, "'" + name + "' is the id of one of the organization's achievements.");
        }
    }

    private static String requiredText(JsonNode node, String name, String pointer) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(pointer + "/" + name, "'" + name + "' is a non-empty string.");
        }
        if (value.asText().length() > 2000) {
            throw invalid(pointer + "/" + name, "'" + name + "' is at most 2000 characters.");
        }
        return value.asText().strip();
    }

    /** An absolute URI (a URL, a DID, a URN), as achievement and issuer ids are. */
    private static String absoluteUri(JsonNode node, String name, String pointer) {
        String text = requiredText(node, name, pointer);
        try {
            java.net.URI uri = new java.net.URI(text);
            if (uri.isAbsolute() && !text.contains(" ")) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw invalid(
                pointer + "/" + name,
                "'" + name + "' is an absolute URI: an https URL, a DID (did:web:…, did:key:…) or a URN.");
    }

    private static String optionalText(JsonNode node, String name, String pointer) {
        return node.hasNonNull(name) ? requiredText(node, name, pointer) : null;
    }

    private String freshId() {
        String id;
        do {
            id = "s" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x10000000));
        } while (!ids.add(id));
        return id;
    }

    static Problem invalid(String field, String detail) {
        return PathwayError.INVALID.problem(detail).with("field", field);
    }
}
