package dev.laurel.server.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}): generated from the
 * controllers, with the bearer scheme, the problem responses every operation shares, and their stable codes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BEARER = "bearer";
    static final String INVALID = "#/components/responses/Invalid";
    static final String NOT_FOUND = "#/components/responses/NotFound";
    static final String CONFLICT = "#/components/responses/Conflict";
    static final String IDEMPOTENCY_MISMATCH = "#/components/responses/IdempotencyMismatch";
    static final String BULK_REQUEST = "#/components/schemas/BulkRequest";

    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI laurelOpenApi() {
        Components components = new Components()
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API key, made on the organization's API keys page: "
                                        + "'Authorization: Bearer lrl_…'."))
                .addSchemas("Problem", problemSchema())
                .addSchemas(
                        "BulkRequest",
                        new Schema<>()
                                .type("array")
                                .description("Recipients to issue an achievement to, one object each.")
                                .items(new Schema<>().$ref("#/components/schemas/BulkRow")))
                .addResponses(
                        "Invalid",
                        problem(
                                "Invalid request: every wrong field is named in errors (api.validation), or the body "
                                        + "is not JSON (api.malformed-json).",
                                Map.of(
                                        "api.validation",
                                        Map.of(
                                                "type", "https://laurel.dev/problems/api/validation",
                                                "title", "Invalid request",
                                                "status", 400,
                                                "detail", "recipient.email: must be a well-formed email address",
                                                "code", "api.validation",
                                                "errors",
                                                        List.of(Map.of(
                                                                "field",
                                                                "recipient.email",
                                                                "message",
                                                                "must be a well-formed email address"))),
                                        "api.malformed-json",
                                        example(
                                                400,
                                                "api.malformed-json",
                                                "Malformed JSON",
                                                "The body is not valid JSON."))))
                .addResponses(
                        "NotFound",
                        problem(
                                "The key's organization has no such resource (api.not-found).",
                                Map.of(
                                        "api.not-found",
                                        example(
                                                404,
                                                "api.not-found",
                                                "Not found",
                                                "This organization has no such credential."))))
                .addResponses(
                        "Conflict",
                        problem(
                                "Not possible in the resource's state (api.conflict).",
                                Map.of(
                                        "api.conflict",
                                        example(
                                                409,
                                                "api.conflict",
                                                "Conflict",
                                                "Not possible in the credential's state: already revoked."))))
                .addResponses(
                        "IdempotencyMismatch",
                        problem(
                                "The Idempotency-Key was used with a different request (api.idempotency-mismatch).",
                                Map.of(
                                        "api.idempotency-mismatch",
                                        example(
                                                422,
                                                "api.idempotency-mismatch",
                                                "Idempotency key reused",
                                                "This Idempotency-Key was used in the last 24 hours with a "
                                                        + "different request."))))
                .addResponses(
                        "Unauthenticated",
                        problem(
                                "No valid, unrevoked API key (api.unauthenticated).",
                                Map.of(
                                        "api.unauthenticated",
                                        example(
                                                401,
                                                "api.unauthenticated",
                                                "Not authenticated",
                                                "Send a valid, unrevoked API key as 'Authorization: Bearer KEY'."))))
                .addResponses(
                        "Forbidden",
                        problem(
                                "The key lacks the operation's scope (api.scope).",
                                Map.of(
                                        "api.scope",
                                        example(
                                                403,
                                                "api.scope",
                                                "Missing scope",
                                                "this API key lacks the scope 'issue'"))))
                .addResponses(
                        "RateLimited",
                        problem(
                                        "Too many requests from this key (api.rate-limited); Retry-After says how many "
                                                + "seconds to wait.",
                                        Map.of(
                                                "api.rate-limited",
                                                example(
                                                        429,
                                                        "api.rate-limited",
                                                        "Too many requests",
                                                        "This API key made more than 600 requests in a minute; retry "
                                                                + "in 1 s.")))
                                .addHeaderObject(
                                        "Retry-After",
                                        new io.swagger.v3.oas.models.headers.Header()
                                                .description("Seconds to wait")
                                                .schema(new Schema<Integer>().type("integer"))));
        io.swagger.v3.core.converter.ModelConverters.getInstance()
                .readAll(BulkRowRequest.class)
                .forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info()
                        .title("Laurel management API")
                        .version("v1")
                        .description("Design badges, issue Open Badges 3.0 credentials, revoke, suspend and reinstate "
                                + "them, list recipients and manage API keys — for the organization of the API key "
                                + "presented. Errors are RFC 9457 problem details with a stable 'code'. Requests are "
                                + "limited per key and minute (429 api.rate-limited with Retry-After).")
                        .license(new License().name("Apache-2.0")))
                .components(components);
    }

    /** Every /api operation can answer 401, 403 and 429; each says so. */
    @Bean
    OpenApiCustomizer sharedApiResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperations().forEach(operation -> {
                if (operation.getResponses() == null) {
                    operation.setResponses(new ApiResponses());
                }
                operation.getResponses().putIfAbsent("401", ref("Unauthenticated"));
                operation.getResponses().putIfAbsent("403", ref("Forbidden"));
                operation.getResponses().putIfAbsent("429", ref("RateLimited"));
                if (path.equals("/api/v1/me") && operation.getSummary() == null) {
                    operation.setSummary("Who is calling");
                    operation.setDescription("Any scope. The key's organization, id, name and scopes.");
                }
            });
        });
    }

    private static ApiResponse ref(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    private static ApiResponse problem(String description, Map<String, Object> examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
        examples.forEach((name, value) -> media.addExamples(name, new Example().value(value)));
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, media));
    }

    private static Map<String, Object> example(int status, String code, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://laurel.dev/problems/" + code.replace('.', '/'));
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        return problem;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema error = new Schema<>()
                .type("object")
                .addProperty("field", new Schema<String>().type("string").example("recipient.email"))
                .addProperty("message", new Schema<String>().type("string"))
                .addProperty(
                        "row",
                        new Schema<Integer>()
                                .type("integer")
                                .description("Bulk requests: the CSV's row (the header is 1) or the array index."))
                .addProperty(
                        "code",
                        new Schema<String>()
                                .type("string")
                                .description("Bulk requests: what is wrong, e.g. email.invalid.")
                                .example("email.invalid"));
        return new Schema<>()
                .type("object")
                .description("RFC 9457 problem details with Laurel's stable error code.")
                .addProperty("type", new Schema<String>().type("string").format("uri"))
                .addProperty("title", new Schema<String>().type("string"))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new Schema<String>().type("string"))
                .addProperty(
                        "code",
                        new Schema<String>()
                                .type("string")
                                .description("Stable: api.validation, api.malformed-json, api.not-found, "
                                        + "api.conflict, api.idempotency-mismatch, api.unauthenticated, api.scope, "
                                        + "api.rate-limited, api.payload-too-large, api.unsupported-media-type, "
                                        + "api.not-acceptable"))
                .addProperty(
                        "errors",
                        new Schema<>()
                                .type("array")
                                .items(error)
                                .description("With api.validation: each wrong field."));
    }
}
