package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.platform.LaurelSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/hooks/{mappingId}}: an external system's event, issued for through its mapping. */
@RestController
@Tag(name = "Hooks", description = "Issue on an external system's events, mapped by the organization's hook mappings.")
@SecurityRequirement(name = HooksApi.BEARER)
class HooksApi {

    /** The API's bearer scheme, as the OpenAPI document names it. */
    static final String BEARER = "bearer";

    static final String PROBLEM = "application/problem+json";

    private final HookIssuance issuance;
    private final LaurelSettings settings;

    HooksApi(HookIssuance issuance, LaurelSettings settings) {
        this.issuance = issuance;
        this.settings = settings;
    }

    @PostMapping(path = "/api/v1/hooks/{mappingId}", produces = "application/json")
    @Operation(
            summary = "Issue on an event",
            description = "Scope: issue. Any JSON body (up to 3 MB): the mapping reads the event id, the recipient "
                    + "and the rest through its JSON pointers and issues its achievement, mailing the recipient a "
                    + "claim link as any issuance does. The same event id through the same mapping is issued for "
                    + "once: a repeat answers 200 with the same credential and replayed true. Events that do not meet "
                    + "the mapping's condition are acknowledged with 200 and issued: false. On any refusal nothing "
                    + "is issued.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The external system's event, as it sends it.",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(type = "object"),
                                            examples = {
                                                @ExampleObject(
                                                        name = "moodle",
                                                        summary = "Moodle course completion",
                                                        value = HookExamples.MOODLE_EVENT),
                                                @ExampleObject(
                                                        name = "hr",
                                                        summary = "HR certification record",
                                                        value = HookExamples.HR_EVENT)
                                            })))
    @ApiResponse(
            responseCode = "201",
            description = "Issued; Location names the credential resource.",
            content =
                    @Content(
                            schema = @Schema(implementation = EventAnswer.Issued.class),
                            examples = @ExampleObject(name = "issued", value = HookExamples.ISSUED)))
    @ApiResponse(
            responseCode = "200",
            description = "Issued before (replayed: true, the same credential), or ignored: the event does not meet "
                    + "the mapping's condition (issued: false).",
            content =
                    @Content(
                            schema = @Schema(oneOf = {EventAnswer.Issued.class, EventAnswer.Ignored.class}),
                            examples = {
                                @ExampleObject(name = "replayed", value = HookExamples.REPLAYED),
                                @ExampleObject(name = "ignored", value = HookExamples.IGNORED)
                            }))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(
            responseCode = "409",
            description = "The mapping is disabled (hook.mapping-disabled).",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(ref = "#/components/schemas/Problem"),
                            examples = @ExampleObject(name = "hook.mapping-disabled", value = HookExamples.DISABLED)))
    @ApiResponse(
            responseCode = "422",
            description = "The event yields no credential: hook.pointer-missing, hook.value-invalid, "
                    + "hook.email-invalid, hook.date-invalid or hook.evidence-invalid; field and pointer name the "
                    + "first, errors every one.",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(ref = "#/components/schemas/Problem"),
                            examples =
                                    @ExampleObject(
                                            name = "hook.pointer-missing",
                                            value = HookExamples.POINTER_MISSING)))
    ResponseEntity<Object> receive(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The mapping's id, the last segment of its hook URL") @PathVariable UUID mappingId,
            @RequestBody(required = false) String body) {
        client.require(Scope.ISSUE);
        return switch (issuance.receive(client, mappingId, body)) {
            case HookIssuance.Issued issued ->
                ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create(
                                "/api/v1/credentials/" + issued.credential().id()))
                        .body(answer(issued.credential(), issued.eventId(), false));
            case HookIssuance.Replayed replayed ->
                ResponseEntity.ok()
                        .location(URI.create(
                                "/api/v1/credentials/" + replayed.credential().id()))
                        .body(answer(replayed.credential(), replayed.eventId(), true));
            case HookIssuance.Ignored ignored ->
                ResponseEntity.ok(EventAnswer.Ignored.conditionNotMet(ignored.eventId()));
        };
    }

    private EventAnswer.Issued answer(IssuedCredential credential, String eventId, boolean replayed) {
        return EventAnswer.Issued.of(credential, settings.url("/c/" + credential.id()), eventId, replayed);
    }

    /** The body as JSON, any JSON value. */
    static JsonNode parse(String body) {
        try {
            return Json.parse(body == null ? "" : body);
        } catch (MalformedJsonException e) {
            throw ApiError.MALFORMED_JSON.problem("The body is not valid JSON: " + e.getMessage());
        }
    }
}
