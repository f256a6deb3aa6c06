package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.claims.IssuedMails;
import dev.laurel.server.issuing.CredentialFilters;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.CredentialStates;
import dev.laurel.server.issuing.CredentialsCsv;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.lifecycle.Renewals;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.LaurelSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organization's issued credentials: the filtered, paged list; one credential; revoking, suspending, reinstating. */
@RestController
@RequestMapping(path = "/api/v1/credentials", produces = "application/json")
@Tag(name = "Credentials", description = "The credentials the key's organization issued, and their states.")
@SecurityRequirement(name = ApiDocs.BEARER)
class CredentialsApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final IssuedCredentials credentials;
    private final CredentialStates states;
    private final RequestChecks checks;
    private final LaurelSettings settings;
    private final java.time.Clock clock;
    private final Renewals renewals;
    private final IssuedMails issuedMails;
    private final CredentialsCsv csv;

    CredentialsApi(
            IssuedCredentials credentials,
            CredentialStates states,
            Renewals renewals,
            IssuedMails issuedMails,
            CredentialsCsv csv,
            RequestChecks checks,
            LaurelSettings settings,
            java.time.Clock clock) {
        this.credentials = credentials;
        this.states = states;
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
        this.renewals = renewals;
        this.issuedMails = issuedMails;
        this.csv = csv;
    }

    @GetMapping
    @Operation(
            summary = "List credentials",
            description = "Scope: read. Newest first (or as sort says), filtered, in pages: pass nextCursor back as "
                    + "cursor, with the same filters, until it is null.")
    @ApiResponse(responseCode = "200", description = "A page of credentials")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    CredentialResource.Page list(
            @AuthenticationPrincipal ApiClient client,
            @ParameterObject Filters filters,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false)
                    String cursor) {
        client.require(Scope.READ);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiError.invalid("limit", "must be 1 to " + MAX_LIMIT);
        }
        IssuedCredentials.Search search = search(filters);
        IssuedCredentials.Position after =
                cursor == null || cursor.isBlank() ? null : Cursors.credentials(cursor.strip());
        List<IssuedCredential> found = credentials.search(
                new OrganizationId(client.organizationId()), search, after, size + 1, clock.instant());
        List<IssuedCredential> page = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size
                ? Cursors.credentials(new IssuedCredentials.Position(
                        page.getLast().issuedAt(), page.getLast().id()))
                : null;
        return new CredentialResource.Page(page.stream().map(this::resource).toList(), next);
    }

    @GetMapping(
            path = "/export.csv",
            produces = {"text/csv", "application/problem+json"})
    @Operation(
            summary = "Export credentials as CSV",
            description = "Scope: read. Every credential the same filters as the list select, in its order, as CSV "
                    + "(UTF-8, a header row; columns id, url, recipient_name, recipient_email, achievement_id, "
                    + "achievement_name, issued_at, valid_until, status, claim, credits_earned, status_reason), "
                    + "streamed as it is read: any number of rows, without paging.")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV, chunked",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    void export(
            @AuthenticationPrincipal ApiClient client, @ParameterObject Filters filters, HttpServletResponse response)
            throws java.io.IOException {
        client.require(Scope.READ);
        IssuedCredentials.Search search = search(filters);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment()
                        .filename("credentials.csv")
                        .build()
                        .toString());
        csv.write(new OrganizationId(client.organizationId()), search, response.getOutputStream());
    }

    /** The list's and the export's filters, as query parameters. */
    record Filters(
            @Parameter(description = "Only this achievement's (its id)")
            String achievement,

            @Parameter(description = "Only those issued to this address (case-insensitive)")
            String recipient,

            @Parameter(
                    description = "Only those whose recipient name or address contains this text, case and "
                            + "accents aside (\"zoe\" finds Zoë)")
            String q,

            @Parameter(
                    description = "Only those with this status: active, expired (past validUntil), renewed "
                            + "(still valid, a newer credential renews it), suspended or revoked; or whose "
                            + "claim is pending, accepted or declined (as claim does)")
            String status,

            @Parameter(
                    description = "Only those their earner accepted, declined, or neither yet",
                    schema = @Schema(allowableValues = {"pending", "accepted", "declined"}))
            String claim,

            @Parameter(description = "Only those issued at or after: an ISO date (00:00 UTC) or instant")
            String issuedAfter,

            @Parameter(description = "Only those issued before: an ISO date (00:00 UTC) or instant")
            String issuedBefore,

            @Parameter(
                    description = "Only active credentials that expire within this ISO-8601 duration from "
                            + "now, e.g. P30D",
                    example = "P30D")
            String expiringWithin,

            @Parameter(description = "Only those this bulk job issued")
            String job,

            @Parameter(
                    description = "The order: newest (default), oldest, name (recipient) or expiry "
                            + "(soonest first, never last)",
                    schema = @Schema(allowableValues = {"newest", "oldest", "name", "expiry"}))
            String sort) {}

    private IssuedCredentials.Search search(Filters filters) {
        try {
            return new CredentialFilters(
                            filters.q(),
                            filters.recipient(),
                            filters.achievement(),
                            filters.status(),
                            filters.claim(),
                            filters.issuedAfter(),
                            filters.issuedBefore(),
                            filters.expiringWithin(),
                            filters.job(),
                            filters.sort())
                    .search(clock.instant());
        } catch (CredentialFilters.Invalid invalid) {
            throw ApiError.invalid(invalid.field(), invalid.getMessage());
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a credential", description = "Scope: read.")
    @ApiResponse(responseCode = "200", description = "The credential")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    CredentialResource get(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The credential's id") @PathVariable UUID id) {
        client.require(Scope.READ);
        return resource(credential(client, id));
    }

    @PostMapping(path = "/{id}/revoke")
    @Operation(
            summary = "Revoke a credential",
            description = "Scope: revoke. For good: its bit is set in the revocation status list, so every verifier "
                    + "sees it. The reason is required.")
    @ApiResponse(responseCode = "200", description = "The credential, revoked")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    CredentialResource revoke(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) CredentialResource.StateChange change) {
        return change(client, id, change, true, states::revoke);
    }

    @PostMapping(path = "/{id}/suspend")
    @Operation(
            summary = "Suspend a credential",
            description = "Scope: revoke. Until reinstated; shown on Laurel's pages and verifications. The reason is "
                    + "required; only an active credential can be suspended.")
    @ApiResponse(responseCode = "200", description = "The credential, suspended")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    CredentialResource suspend(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) CredentialResource.StateChange change) {
        return change(client, id, change, true, states::suspend);
    }

    @PostMapping(path = "/{id}/reinstate")
    @Operation(
            summary = "Reinstate a suspended credential",
            description = "Scope: revoke. The reason is optional; only a suspended credential can be reinstated.")
    @ApiResponse(responseCode = "200", description = "The credential, active again")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    CredentialResource reinstate(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) CredentialResource.StateChange change) {
        return change(client, id, change, false, states::reinstate);
    }

    @PostMapping(path = "/{id}/renew")
    @Operation(
            summary = "Renew a credential",
            description = "Scope: issue. Issues a new credential of the same achievement to the same earner now, valid "
                    + "for the achievement's validity period, naming the credential it renews (its resource's renews; "
                    + "in the signed credential, an Evidence whose id is the renewed credential's URL). The renewed "
                    + "credential stays valid until it expires, with status renewed until then. Answers as issuing "
                    + "does. An active or expired credential can be renewed, once: a second renewal renews the "
                    + "renewal.")
    @ApiResponse(responseCode = "201", description = "Renewed; Location names the new credential's resource.")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    ResponseEntity<IssuedResource> renew(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The id of the credential to renew") @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        credential(client, id);
        IssuedCredential renewal =
                renewals.renew(new OrganizationId(client.organizationId()), new CredentialId(id), client.actor());
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .location(java.net.URI.create("/api/v1/credentials/" + renewal.id()))
                .body(IssuedResource.of(renewal, settings.url("/c/" + renewal.id())));
    }

    @PostMapping(path = "/{id}/resend")
    @Operation(
            summary = "Resend the issued mail",
            description = "Scope: issue. Mails the earner again as when it was issued, with a new link to accept it "
                    + "(earlier links keep working until they expire). Only for a credential whose claim is pending "
                    + "and that is not revoked; answers the credential.")
    @ApiResponse(responseCode = "200", description = "Mailed again")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    CredentialResource resend(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The id of the credential to mail again") @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        credential(client, id);
        issuedMails.resend(new OrganizationId(client.organizationId()), List.of(new CredentialId(id)), client.actor());
        return resource(credential(client, id));
    }

    /** A change of state, as {@link CredentialStates} makes it: revoke, suspend or reinstate. */
    @FunctionalInterface
    private interface Transition {
        void apply(OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor);
    }

    /** Makes the change on one of the client's credentials (scope revoke) and answers the credential as it is now. */
    private CredentialResource change(
            ApiClient client,
            UUID id,
            CredentialResource.StateChange change,
            boolean reasonRequired,
            Transition transition) {
        client.require(Scope.REVOKE);
        credential(client, id);
        transition.apply(
                new OrganizationId(client.organizationId()),
                new CredentialId(id),
                reason(change, reasonRequired),
                client.actor());
        return resource(credential(client, id));
    }

    private String reason(CredentialResource.StateChange change, boolean required) {
        if (change != null) {
            checks.check(change);
        }
        String reason =
                change == null || change.reason() == null || change.reason().isBlank()
                        ? null
                        : change.reason().strip();
        if (reason == null && required) {
            throw ApiError.invalid("reason", "is required");
        }
        return reason;
    }

    private IssuedCredential credential(ApiClient client, UUID id) {
        return credentials
                .find(new CredentialId(id))
                .filter(found -> found.organizationId().value().equals(client.organizationId()))
                .orElseThrow(() -> ApiError.notFound("credential"));
    }

    private CredentialResource resource(IssuedCredential credential) {
        return CredentialResource.of(credential, settings.url("/c/" + credential.id()), clock.instant());
    }
}
