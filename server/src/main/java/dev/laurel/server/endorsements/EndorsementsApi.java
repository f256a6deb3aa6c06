package dev.laurel.server.endorsements;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizations' endorsements for machines: the key's organization endorses any issuer's badge or profile on this
 * Laurel, lists what it gave and received, accepts or declines what it received, revokes what it gave; anyone's key
 * reads a badge's accepted endorsements.
 */
@RestController
@Tag(name = "Endorsements", description = "Organizations endorsing other organizations' badges and issuer profiles.")
@SecurityRequirement(name = "bearer")
class EndorsementsApi {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final OrganizationEndorsements endorsements;
    private final EndorsementRows rows;
    private final Badges badges;

    EndorsementsApi(OrganizationEndorsements endorsements, EndorsementRows rows, Badges badges) {
        this.endorsements = endorsements;
        this.rows = rows;
        this.badges = badges;
    }

    @PostMapping(path = "/api/v1/endorsements", produces = "application/json")
    @Operation(
            summary = "Endorse a badge or an issuer",
            description = "Scope: issue. Body {\"achievement\": \"<achievement id URL>\", \"comment\": \"…\"} or "
                    + "{\"profile\": \"<issuer profile id>\", \"comment\": \"…\"}: the key's organization signs an OB 3.0 "
                    + "EndorsementCredential at once; it waits for the endorsed organization to accept it.")
    @ApiResponse(responseCode = "201", description = "Signed; pending the endorsed organization's decision")
    @ApiResponse(
            responseCode = "400",
            description = "endorsement.unknown-achievement, endorsement.unknown-profile, "
                    + "endorsement.comment-too-long, api.validation, api.malformed-json")
    @ApiResponse(responseCode = "409", description = "endorsement.own-badge, endorsement.duplicate-pending")
    ResponseEntity<EndorsementResource.Created> create(
            @AuthenticationPrincipal ApiClient client,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = EndorsementRequest.class)))
                    @RequestBody(required = false)
                    String body) {
        client.require(Scope.ISSUE);
        JsonNode request = parse(body);
        String achievement = text(request, "achievement");
        String profile = text(request, "profile");
        if ((achievement == null) == (profile == null)) {
            throw ApiError.invalid("achievement", "give either achievement or profile");
        }
        JsonNode comment = request.path("comment");
        if (!comment.isMissingNode() && !comment.isNull() && !comment.isTextual()) {
            throw ApiError.invalid("comment", "must be a string");
        }
        OrganizationEndorsement made = endorsements.propose(
                organization(client),
                client.actor(),
                achievement != null ? new Endorsed.Achievement(achievement) : new Endorsed.Profile(profile),
                comment.isTextual() ? comment.asText() : null);
        return ResponseEntity.created(URI.create("/api/v1/endorsements/" + made.id()))
                .body(new EndorsementResource.Created(made.id().value(), made.credentialJson()));
    }

    @GetMapping(path = "/api/v1/endorsements", produces = "application/json")
    @Operation(
            summary = "List endorsements given and received",
            description = "Scope: read. Newest first, in pages: pass nextCursor back as cursor until it is null.")
    EndorsementResource.Page list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "given, received, or both (default)") @RequestParam(required = false)
                    String direction,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false)
                    String cursor) {
        client.require(Scope.READ);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiError.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        EndorsementRows.Direction which = direction(direction);
        List<OrganizationEndorsement> page = rows.of(
                organization(client), which, cursor == null ? null : EndorsementCursors.position(cursor), size + 1);
        List<EndorsementResource> items =
                page.stream().limit(size).map(EndorsementResource::of).toList();
        String next = page.size() > size ? EndorsementCursors.of(page.get(size - 1)) : null;
        return new EndorsementResource.Page(items, next);
    }

    @PostMapping(path = "/api/v1/endorsements/{id}/accept", produces = "application/json")
    @Operation(
            summary = "Accept an endorsement",
            description = "Scope: issue. By the endorsed organization: credentials of the badge (or, for the issuer "
                    + "profile, every credential) issued from now on embed it.")
    @ApiResponse(responseCode = "403", description = "endorsement.not-yours")
    @ApiResponse(responseCode = "404", description = "endorsement.not-found")
    @ApiResponse(responseCode = "409", description = "endorsement.already-decided")
    EndorsementResource accept(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        return EndorsementResource.of(endorsements.accept(new EndorsementId(id), organization(client), client.actor()));
    }

    @PostMapping(path = "/api/v1/endorsements/{id}/decline", produces = "application/json")
    @Operation(summary = "Decline an endorsement", description = "Scope: issue. By the endorsed organization.")
    @ApiResponse(responseCode = "403", description = "endorsement.not-yours")
    @ApiResponse(responseCode = "404", description = "endorsement.not-found")
    @ApiResponse(responseCode = "409", description = "endorsement.already-decided")
    EndorsementResource decline(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        return EndorsementResource.of(
                endorsements.decline(new EndorsementId(id), organization(client), client.actor()));
    }

    @PostMapping(path = "/api/v1/endorsements/{id}/revoke", produces = "application/json")
    @Operation(
            summary = "Revoke an endorsement",
            description = "Scope: revoke. By the endorsing organization: withdrawn through its status entry, so "
                    + "verifiers report it withdrawn; no longer embedded in new credentials. Idempotent.")
    @ApiResponse(responseCode = "403", description = "endorsement.not-yours")
    @ApiResponse(responseCode = "404", description = "endorsement.not-found")
    EndorsementResource revoke(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.REVOKE);
        return EndorsementResource.of(endorsements.revoke(new EndorsementId(id), organization(client), client.actor()));
    }

    @GetMapping(path = "/api/v1/achievements/{id}/endorsements", produces = "application/json")
    @Operation(
            summary = "List an achievement's accepted endorsements",
            description = "Scope: read. Any badge of this Laurel: the endorsements its organization accepted and "
                    + "their endorsers have not revoked, oldest first.")
    @ApiResponse(responseCode = "404", description = "api.not-found")
    EndorsementResource.Listing accepted(@AuthenticationPrincipal ApiClient client, @PathVariable String id) {
        client.require(Scope.READ);
        BadgeId badge = badgeId(id);
        if (badges.find(badge).isEmpty()) {
            throw ApiError.NOT_FOUND.problem("No achievement " + id + " on this Laurel.");
        }
        return new EndorsementResource.Listing(
                rows.acceptedOf(badge).stream().map(EndorsementResource::of).toList());
    }

    private static BadgeId badgeId(String id) {
        try {
            return BadgeId.of(id);
        } catch (IllegalArgumentException e) {
            throw ApiError.NOT_FOUND.problem("No achievement " + id + " on this Laurel.");
        }
    }

    private static OrganizationId organization(ApiClient client) {
        return new OrganizationId(client.organizationId());
    }

    private static EndorsementRows.Direction direction(String direction) {
        if (direction == null) {
            return EndorsementRows.Direction.BOTH;
        }
        try {
            return EndorsementRows.Direction.valueOf(direction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("direction", "must be given, received or both");
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.invalid("achievement", "give either achievement or profile");
        }
        try {
            JsonNode json = Json.parse(body);
            if (!json.isObject()) {
                throw ApiError.MALFORMED_JSON.problem("The body must be a JSON object.");
            }
            return json;
        } catch (MalformedJsonException e) {
            throw ApiError.MALFORMED_JSON.problem("The body is not JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiError.invalid(field, "must be a non-empty string");
        }
        return value.asText().strip();
    }
}
