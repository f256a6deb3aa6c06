package dev.laurel.server.hooks;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
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
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/hook-mappings}: the key's organization's hook mappings, for keys with the {@code admin} scope — list,
 * create, read, replace, delete, their recent events, and a preview of a sample event.
 */
@RestController
@RequestMapping(path = "/api/v1/hook-mappings", produces = "application/json")
@Tag(name = "Hook mappings", description = "How an external system's events become credentials.")
@SecurityRequirement(name = HooksApi.BEARER)
class HookMappingsApi {

    static final int MAX_EVENTS = 100;

    private final Hooks hooks;
    private final LaurelSettings settings;

    HookMappingsApi(Hooks hooks, LaurelSettings settings) {
        this.hooks = hooks;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "List the hook mappings", description = "Scope: admin. Oldest first.")
    MappingResource.Listing list(@AuthenticationPrincipal ApiClient client) {
        UUID organization = admin(client);
        return new MappingResource.Listing(
                hooks.of(organization).stream().map(this::resource).toList());
    }

    @PostMapping
    @Operation(
            summary = "Create a hook mapping",
            description = "Scope: admin. At most 50 per organization (409 hook.too-many-mappings). The answer's "
                    + "hookUrl is where the external system POSTs its events.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = MappingRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "moodle",
                                                        summary = "Moodle course completion",
                                                        value = HookExamples.MOODLE_MAPPING),
                                                @ExampleObject(
                                                        name = "hr",
                                                        summary = "HR certification record",
                                                        value = HookExamples.HR_MAPPING)
                                            })))
    @ApiResponse(responseCode = "201", description = "Created; Location names it.")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @ApiResponse(
            responseCode = "409",
            description = "The organization has 50 mappings (hook.too-many-mappings).",
            content = @Content(mediaType = HooksApi.PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    ResponseEntity<MappingResource> create(
            @AuthenticationPrincipal ApiClient client, @RequestBody(required = false) MappingRequest request) {
        UUID organization = admin(client);
        HookMapping mapping;
        try {
            mapping = hooks.create(organization, draft(request));
        } catch (Hooks.TooMany e) {
            throw HookProblems.tooMany();
        }
        return ResponseEntity.created(URI.create("/api/v1/hook-mappings/" + mapping.id()))
                .body(resource(mapping));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a hook mapping", description = "Scope: admin.")
    @ApiResponse(responseCode = "200", description = "The mapping")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    MappingResource get(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The mapping's id") @PathVariable UUID id) {
        return resource(mapping(admin(client), id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a hook mapping",
            description = "Scope: admin. Every field is replaced; optional ones left out are unset. Events already "
                    + "received stay received: their ids are not issued for again.")
    @ApiResponse(responseCode = "200", description = "The mapping as replaced")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    MappingResource replace(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) MappingRequest request) {
        UUID organization = admin(client);
        mapping(organization, id);
        return resource(hooks.update(organization, id, draft(request)).orElseThrow(() -> ApiError.notFound("mapping")));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a hook mapping",
            description = "Scope: admin. Its hook URL stops working (404) and its event log is deleted; credentials "
                    + "it issued stay.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        if (!hooks.delete(admin(client), id)) {
            throw ApiError.notFound("mapping");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/events")
    @Operation(
            summary = "List a mapping's recent events",
            description = "Scope: admin. Every delivery by a key of the organization, newest first (the newest 1000 "
                    + "are kept): issued and replayed ones with their credential, skipped ones with their reason, "
                    + "failed ones with the problem's code and detail.")
    @ApiResponse(
            responseCode = "200",
            description = "The events",
            content =
                    @Content(
                            schema = @Schema(implementation = MappingResource.Events.class),
                            examples = @ExampleObject(name = "events", value = HookExamples.EVENTS)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    MappingResource.Events events(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @Parameter(description = "How many, 1 to 100") @RequestParam(defaultValue = "50") int limit) {
        HookMapping mapping = mapping(admin(client), id);
        return new MappingResource.Events(hooks.recent(mapping, Math.clamp(limit, 1, MAX_EVENTS)).stream()
                .map(event -> new MappingResource.Event(
                        event.id(),
                        event.receivedAt(),
                        event.state(),
                        event.eventId(),
                        event.credentialId(),
                        event.credentialId() == null ? null : settings.url("/c/" + event.credentialId()),
                        event.credentialId() == null
                                ? null
                                : new MappingResource.Recipient(event.recipientEmail(), event.recipientName()),
                        event.reason(),
                        event.message()))
                .toList());
    }

    @PostMapping("/{id}/preview")
    @Operation(
            summary = "Preview an event",
            description = "Scope: admin. What posting this sample event to the mapping's hook URL would do — the "
                    + "event id, the recipient, the condition's result, every wrong value — issuing nothing.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(type = "object"),
                                            examples = {
                                                @ExampleObject(name = "moodle", value = HookExamples.MOODLE_EVENT),
                                                @ExampleObject(name = "hr", value = HookExamples.HR_EVENT)
                                            })))
    @ApiResponse(
            responseCode = "200",
            description = "What the event would do",
            content =
                    @Content(
                            schema = @Schema(implementation = PreviewResource.class),
                            examples = @ExampleObject(name = "issue", value = HookExamples.PREVIEW)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    PreviewResource preview(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) String body) {
        HookMapping mapping = mapping(admin(client), id);
        return PreviewResource.of(hooks.preview(mapping, HooksApi.parse(body)));
    }

    private static UUID admin(ApiClient client) {
        client.require(Scope.ADMIN);
        return client.organizationId();
    }

    private HookMapping mapping(UUID organization, UUID id) {
        return hooks.find(organization, id).orElseThrow(() -> ApiError.notFound("mapping"));
    }

    private static Hooks.Draft draft(MappingRequest request) {
        if (request == null) {
            throw ApiError.MALFORMED_JSON.problem("The request needs a JSON body.");
        }
        return request.draft();
    }

    private MappingResource resource(HookMapping mapping) {
        return MappingResource.of(mapping, settings.url("/api/v1/hooks/" + mapping.id()));
    }
}
