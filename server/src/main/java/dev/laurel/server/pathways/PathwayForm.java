package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.server.issuing.BadgeId;
import java.util.UUID;

/**
 * The builder page's fields: the tree travels as {@link StepJson} in {@code steps}, written by the page's script.
 *
 * @param goal the goal badge's id, as the select sends it
 * @param steps the tree as JSON text
 * @param requireCurrent the checkbox: null when unchecked
 */
record PathwayForm(String name, String description, String goal, String steps, Boolean requireCurrent) {

    /** A new pathway's form: an empty "all of" group, waiting for steps. */
    static PathwayForm empty() {
        return new PathwayForm("", "", "", "", false);
    }

    static PathwayForm of(Pathway pathway) {
        return new PathwayForm(
                pathway.name(),
                pathway.description(),
                pathway.goal().value().toString(),
                Json.write(StepJson.write(pathway.steps())),
                pathway.requireCurrent());
    }

    /** The draft these fields describe, or {@link PathwayError#INVALID} with the pointer of the first wrong one. */
    PathwayDraft draft() {
        BadgeId goalBadge;
        try {
            goalBadge = goal == null || goal.isBlank() ? null : new BadgeId(UUID.fromString(goal.strip()));
        } catch (IllegalArgumentException e) {
            throw StepJson.invalid("/goal", "Choose the goal badge among the organization's badges.");
        }
        JsonNode tree;
        try {
            tree = Json.parse(steps == null ? "" : steps);
        } catch (MalformedJsonException e) {
            throw StepJson.invalid("/steps", "Add at least one step.");
        }
        return new PathwayDraft(
                name, description, goalBadge, StepJson.parse(tree, "/steps"), Boolean.TRUE.equals(requireCurrent));
    }
}
