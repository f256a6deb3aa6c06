package dev.laurel.server.pathways;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pathways API in the OpenAPI document: the steps' JSON — four requirement forms and three group forms, as {@link
 * StepJson} reads them — and the problems only pathways answer.
 */
@Configuration(proxyBeanMethods = false)
class PathwayApiDocs {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenApiCustomizer pathwaySchemas() {
        return openApi -> {
            Components components = openApi.getComponents();
            // The steps are written raw (@JsonRawValue on a String): their schema is the tree's, not a string's.
            Schema<?> pathway = components.getSchemas().get("Pathway");
            if (pathway != null && pathway.getProperties() != null) {
                pathway.getProperties().put("steps", new Schema<>().$ref(SCHEMAS + "PathwaySteps"));
            }
            components.addSchemas(
                    "PathwaySteps",
                    new Schema<>()
                            .description("A pathway's tree: its root group. A lone requirement is read as 'all of' it.")
                            .oneOf(refs("PathwayAll", "PathwayAny", "PathwayAtLeast")));
            components.addSchemas(
                    "PathwayStep",
                    new Schema<>()
                            .description("One step: a requirement (a badge to hold) or a group of steps.")
                            .oneOf(refs(
                                    "PathwayAchievement",
                                    "PathwayExternalAchievement",
                                    "PathwayIssuerAchievement",
                                    "PathwaySkill",
                                    "PathwayAll",
                                    "PathwayAny",
                                    "PathwayAtLeast")));
            components.addSchemas(
                    "PathwayAchievement",
                    requirement("One of the organization's achievements, by its id.", "achievement")
                            .addProperty(
                                    "achievement",
                                    text("The achievement's id.", "0d9a6c1e-3b7f-4e21-a8c4-5f6b7c8d9e01")
                                            .format("uuid")));
            components.addSchemas(
                    "PathwayExternalAchievement",
                    requirement("Any issuer's achievement, by its id (a URL or URN).", "externalAchievement")
                            .addProperty(
                                    "externalAchievement",
                                    text("The achievement's id.", "https://lms.example.edu/achievements/sql")));
            components.addSchemas(
                    "PathwayIssuerAchievement",
                    requirement(
                                    "An issuer's achievement, by the issuer's id (a DID or URL) and the "
                                            + "achievement's name (compared ignoring case).",
                                    "issuer",
                                    "name")
                            .addProperty("issuer", text("The issuer's id.", "did:web:courses.example.com"))
                            .addProperty("name", text("The achievement's name.", "Python for Data")));
            components.addSchemas(
                    "PathwaySkill",
                    requirement("Any badge aligned to a skill or framework item.", "skill")
                            .addProperty(
                                    "skill",
                                    text(
                                            "The alignment's targetUrl or targetCode.",
                                            "http://data.europa.eu/esco/skill/8f1d6f77")));
            components.addSchemas(
                    "PathwayAll",
                    group("Complete when all of its steps are.", "all").required(List.of("all")));
            components.addSchemas(
                    "PathwayAny",
                    group("Complete when any one of its steps is.", "any").required(List.of("any")));
            components.addSchemas(
                    "PathwayAtLeast",
                    group("Complete when at least atLeast of its steps are.", "of")
                            .addProperty(
                                    "atLeast",
                                    new Schema<Integer>()
                                            .type("integer")
                                            .minimum(java.math.BigDecimal.ONE)
                                            .description("How many of its steps, 1 to their number.")
                                            .example(2))
                            .required(List.of("atLeast", "of")));
            components.addResponses(
                    "PathwayInvalid",
                    problem(
                            "The pathway is not well formed (pathway.invalid, field the JSON pointer of the first "
                                    + "wrong value), names an achievement the organization does not have "
                                    + "(pathway.unknown-badge), or the body is not JSON (api.malformed-json).",
                            Map.of(
                                    "pathway.invalid",
                                    example(
                                            400,
                                            "pathway.invalid",
                                            "Invalid pathway",
                                            "'atLeast' is a whole number from 1 to 3.",
                                            "/steps/all/1/atLeast"),
                                    "pathway.unknown-badge",
                                    example(
                                            400,
                                            "pathway.unknown-badge",
                                            "Unknown badge",
                                            "No achievement 5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7 in this "
                                                    + "organization.",
                                            "/goal"))));
            components.addResponses(
                    "PathwayNotFound",
                    problem(
                            "The key's organization has no such pathway (pathway.not-found).",
                            Map.of(
                                    "pathway.not-found",
                                    example(
                                            404,
                                            "pathway.not-found",
                                            "Pathway not found",
                                            "No pathway 3f6e2f4c-8d0a-4b7e-9a51-2f1c7d9e0b12 in this organization.",
                                            null))));
            components.addResponses(
                    "PathwayInUse",
                    problem(
                            "Milestones of the pathway were awarded (pathway.in-use): unpublish it instead.",
                            Map.of(
                                    "pathway.in-use",
                                    example(
                                            409,
                                            "pathway.in-use",
                                            "Pathway in use",
                                            "Milestones of 'Data Analyst' were awarded: unpublish it instead, so its "
                                                    + "earners' credentials keep their evidence.",
                                            null))));
            components.addResponses(
                    "PathwayInvalidRecipient",
                    problem(
                            "An address is not an email address (pathway.invalid-recipient, field names it).",
                            Map.of(
                                    "pathway.invalid-recipient",
                                    example(
                                            400,
                                            "pathway.invalid-recipient",
                                            "Invalid recipient",
                                            "'ada.example.org' is not an email address.",
                                            "/recipients/1"))));
        };
    }

    /** A requirement: its own members, and the id and title every step may carry. */
    private static Schema<?> requirement(String description, String... required) {
        return step(description).required(List.of(required));
    }

    /** A group: its list of steps, and the options every group may carry. */
    private static Schema<?> group(String description, String list) {
        return step(description)
                .addProperty(
                        list,
                        new ArraySchema()
                                .items(new Schema<>().$ref(SCHEMAS + "PathwayStep"))
                                .minItems(1)
                                .description("Its steps."))
                .addProperty(
                        "ordered",
                        new Schema<Boolean>()
                                .type("boolean")
                                .description("Each counted step earned no earlier than the one before it."))
                .addProperty(
                        "withinMonths",
                        new Schema<Integer>()
                                .type("integer")
                                .description("Only badges earned in the last so many months count (1 to 600).")
                                .example(24))
                .addProperty(
                        "minCredits",
                        new Schema<Number>()
                                .type("number")
                                .description("The continuing-education credits the badges under it must add up to.")
                                .example(3))
                .addProperty(
                        "milestone",
                        text(
                                        "An achievement of the organization awarded when the group is complete (a "
                                                + "level reached); not the goal, not another group's.",
                                        "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d")
                                .format("uuid"));
    }

    private static Schema<?> step(String description) {
        return new Schema<>()
                .type("object")
                .description(description)
                .addProperty(
                        "id",
                        text(
                                "Unique in the pathway and kept on edits, so progress stays attached: 1 to 40 "
                                        + "letters, digits, '-' or '_'. Made up when absent.",
                                "spreadsheets"))
                .addProperty("title", text("A label; a requirement is otherwise named by what it asks.", "Bronze"));
    }

    private static Schema<String> text(String description, String example) {
        return new Schema<String>().type("string").description(description).example(example);
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> refs(String... names) {
        return java.util.Arrays.stream(names)
                .map(name -> (Schema) new Schema<>().$ref(SCHEMAS + name))
                .toList();
    }

    private static ApiResponse problem(String description, Map<String, Object> examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(SCHEMAS + "Problem"));
        examples.forEach((name, value) -> media.addExamples(name, new Example().value(value)));
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, media));
    }

    private static Map<String, Object> example(int status, String code, String title, String detail, String field) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://laurel.dev/problems/" + code.replace('.', '/'));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        if (field != null) {
            problem.put("field", field);
        }
        return problem;
    }
}
