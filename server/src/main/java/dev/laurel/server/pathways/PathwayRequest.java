package dev.laurel.server.pathways;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.issuing.BadgeId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Creating or replacing a pathway through the API: every field is replaced. Read from the body's JSON as it is — the
 * steps are a tree the declared record cannot hold — so a wrong value is refused as {@code pathway.invalid} with its
 * JSON pointer in {@code field}, as the steps are.
 */
@Schema(name = "PathwayRequest", description = "A pathway: badges to earn, in a tree of steps, towards a goal badge.")
record PathwayRequest(
        @Schema(example = "Data Analyst", maxLength = 200) String name,

        @Schema(example = "Three levels of data skills, from spreadsheets to machine learning.", maxLength = 5000)
        String description,

        @Schema(
                description = "The achievement (badge) of the organization awarded when the whole tree is complete.",
                example = "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7")
        String goal,

        @Schema(ref = "#/components/schemas/PathwaySteps") Object steps,

        @Schema(
                description = "An awarded milestone is suspended while the badges that earned it are no longer "
                        + "current (revoked, expired, an import that no longer verifies), and reinstated when they "
                        + "are again. False when omitted.",
                defaultValue = "false")
        Boolean requireCurrent) {

    /** The draft {@code body} describes, or a problem naming the first wrong value. */
    static PathwayDraft read(String contentType, String body) {
        JsonNode json = parse(contentType, body);
        if (!json.isObject()) {
            throw ApiError.MALFORMED_JSON.problem("The body has the wrong JSON type: send a JSON object.");
        }
        String name = text(json, "name");
        String description = text(json, "description");
        BadgeId goal = goal(json);
        JsonNode steps = json.get("steps");
        if (steps == null || steps.isNull()) {
            throw StepJson.invalid("/steps", "A pathway needs steps: a group (all, any, atLeast + of) of badges.");
        }
        Step.Group tree = StepJson.parse(steps, "/steps");
        JsonNode requireCurrent = json.get("requireCurrent");
        if (requireCurrent != null && !requireCurrent.isNull() && !requireCurrent.isBoolean()) {
            throw StepJson.invalid("/requireCurrent", "'requireCurrent' is true or false.");
        }
        return new PathwayDraft(
                name, description, goal, tree, requireCurrent != null && requireCurrent.asBoolean(false));
    }

    /**
     * The body as JSON, any JSON value: {@code api.malformed-json} when there is none or it is not JSON, {@code
     * api.unsupported-media-type} unless it is sent as JSON.
     */
    static JsonNode parse(String contentType, String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.MALFORMED_JSON.problem("The request needs a JSON body.");
        }
        if (!json(contentType)) {
            throw ApiError.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/json.");
        }
        try {
            return Json.parse(body);
        } catch (MalformedJsonException e) {
            throw ApiError.MALFORMED_JSON.problem("The body is not valid JSON: " + e.getMessage());
        }
    }

    private static boolean json(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType == null ? "" : contentType);
            return MediaType.APPLICATION_JSON.isCompatibleWith(type) || "json".equals(type.getSubtypeSuffix());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw StepJson.invalid("/" + name, "'" + name + "' is a string.");
        }
        return value.asText();
    }

    private static BadgeId goal(JsonNode json) {
        String goal = text(json, "goal");
        if (goal == null) {
            return null;
        }
        try {
            return new BadgeId(UUID.fromString(goal.strip()));
        } catch (IllegalArgumentException e) {
            throw StepJson.invalid("/goal", "'goal' is the id of one of the organization's achievements.");
        }
    }
}
