package dev.laurel.server.pathways;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.OrganizationId;
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
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/pathways}: the key's organization's pathways — list, create, read, replace, delete, publish and
 * unpublish. Another organization's pathway is {@code pathway.not-found}.
 */
@RestController
@RequestMapping(path = "/api/v1/pathways", produces = "application/json")
@Tag(name = "Pathways", description = "Badges to earn in a tree of steps towards a goal badge, awarded automatically.")
@SecurityRequirement(name = PathwaysApi.BEARER)
class PathwaysApi {

    /** The API's bearer scheme, as the OpenAPI document names it. */
    static final String BEARER = "bearer";

    static final String INVALID = "#/components/responses/PathwayInvalid";
    static final String NOT_FOUND = "#/components/responses/PathwayNotFound";

    private final Pathways pathways;
    private final LaurelSettings settings;

    PathwaysApi(Pathways pathways, LaurelSettings settings) {
        this.pathways = pathways;
        this.settings = settings;
    }

    @GetMapping
    @Operation(
            summary = "List the pathways",
            description = "Scope: read. The organization's pathways, published or not, by name, in pages: pass "
                    + "nextCursor back as cursor until it is null.")
    @ApiResponse(responseCode = "200", description = "A page of pathways")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/Invalid")
    PathwayResource.Page list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false)
                    String cursor) {
        client.require(Scope.READ);
        int size = PathwayCursors.size(limit);
        List<Pathway> after = PathwayCursors.after(pathways.of(organization(client)), cursor);
        List<Pathway> page = after.size() > size ? after.subList(0, size) : after;
        return new PathwayResource.Page(
                page.stream().map(this::resource).toList(),
                after.size() > size ? PathwayCursors.of(page.getLast()) : null);
    }

    @PostMapping
    @Operation(
            summary = "Create a pathway",
            description = "Scope: issue. Unpublished until published. The goal and every achievement and milestone "
                    + "named are the organization's achievements (400 pathway.unknown-badge); a wrong value is 400 "
                    + "pathway.invalid with its JSON pointer in field. Steps may carry an id (kept on edits, so "
                    + "progress stays attached), made up when absent.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = PathwayRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "levels",
                                                        summary = "Three kinds of steps and a nested milestone",
                                                        value = PathwayExamples.REQUEST),
                                                @ExampleObject(
                                                        name = "contract",
                                                        summary = "The smallest form",
                                                        value = PathwayExamples.CONTRACT)
                                            })))
    @ApiResponse(
            responseCode = "201",
            description = "Created; Location names it.",
            content =
                    @Content(
                            schema = @Schema(implementation = PathwayResource.class),
                            examples = @ExampleObject(name = "created", value = PathwayExamples.PATHWAY)))
    @ApiResponse(responseCode = "400", ref = INVALID)
    ResponseEntity<PathwayResource> create(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                    String contentType,
            @RequestBody(required = false) String body) {
        client.require(Scope.ISSUE);
        Pathway pathway = pathways.create(organization(client), client.actor(), PathwayRequest.read(contentType, body));
        return ResponseEntity.created(URI.create("/api/v1/pathways/" + pathway.id()))
                .body(resource(pathway));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a pathway", description = "Scope: read. With its steps as they are written.")
    @ApiResponse(
            responseCode = "200",
            description = "The pathway",
            content =
                    @Content(
                            schema = @Schema(implementation = PathwayResource.class),
                            examples = @ExampleObject(name = "pathway", value = PathwayExamples.PATHWAY)))
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PathwayResource get(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The pathway's id") @PathVariable UUID id) {
        client.require(Scope.READ);
        return resource(pathways.require(organization(client), new PathwayId(id)));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a pathway",
            description = "Scope: issue. Every field is replaced, as on creation; it stays published or not. Keep "
                    + "the steps' ids to keep earners' progress attached to them.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = PathwayRequest.class),
                                            examples =
                                                    @ExampleObject(name = "levels", value = PathwayExamples.REQUEST))))
    @ApiResponse(
            responseCode = "200",
            description = "The pathway as replaced",
            content = @Content(schema = @Schema(implementation = PathwayResource.class)))
    @ApiResponse(responseCode = "400", ref = INVALID)
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PathwayResource replace(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                    String contentType,
            @RequestBody(required = false) String body) {
        client.require(Scope.ISSUE);
        OrganizationId organization = organization(client);
        pathways.require(organization, new PathwayId(id));
        return resource(pathways.update(
                organization, new PathwayId(id), client.actor(), PathwayRequest.read(contentType, body)));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a pathway",
            description = "Scope: issue. Refused with 409 pathway.in-use once a milestone of it was awarded: "
                    + "unpublish it instead, so its earners' credentials keep their evidence.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = "#/components/responses/PathwayInUse")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        pathways.delete(organization(client), new PathwayId(id), client.actor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @Operation(
            summary = "Publish a pathway",
            description = "Scope: issue. It goes live: anyone may see it at its url, and it is evaluated and awards"
                    + " (a draft does not) — the earners on it and the holders of its badges are evaluated in the"
                    + " background. Publishing twice changes nothing.")
    @ApiResponse(
            responseCode = "200",
            description = "The pathway, published",
            content = @Content(schema = @Schema(implementation = PathwayResource.class)))
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PathwayResource publish(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return published(client, id, true);
    }

    @PostMapping("/{id}/unpublish")
    @Operation(
            summary = "Unpublish a pathway",
            description = "Scope: issue. Its page is no longer shown and it is no longer evaluated: progress stops"
                    + " being recorded and nothing more is awarded; what was awarded stays.")
    @ApiResponse(
            responseCode = "200",
            description = "The pathway, unpublished",
            content = @Content(schema = @Schema(implementation = PathwayResource.class)))
    @ApiResponse(responseCode = "404", ref = NOT_FOUND)
    PathwayResource unpublish(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        return published(client, id, false);
    }

    private PathwayResource published(ApiClient client, UUID id, boolean published) {
        client.require(Scope.ISSUE);
        return resource(pathways.publish(organization(client), new PathwayId(id), client.actor(), published));
    }

    private PathwayResource resource(Pathway pathway) {
        return PathwayResource.of(pathway, settings.url("/pathways/" + pathway.id()));
    }

    static OrganizationId organization(ApiClient client) {
        return new OrganizationId(client.organizationId());
    }
}
