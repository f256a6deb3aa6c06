package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.lifecycle.RenewalQueue;
import dev.laurel.server.lifecycle.RenewalRequest;
import dev.laurel.server.organizations.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Earners' requests to renew the organization's credentials: the list, their evidence, approving and declining. */
@RestController
@RequestMapping(path = "/api/v1/renewal-requests", produces = "application/json")
@Tag(
        name = "Renewal requests",
        description = "Earners ask to renew a credential from its renewal page, with evidence (the manual rule); the "
                + "issuer approves (the credential is renewed as POST /api/v1/credentials/{id}/renew does) or "
                + "declines with a reason. The earner is mailed either way.")
@SecurityRequirement(name = ApiDocs.BEARER)
class RenewalRequestsApi {

    static final int DEFAULT_LIMIT = 100;

    private final RenewalQueue queue;
    private final RequestChecks checks;

    RenewalRequestsApi(RenewalQueue queue, RequestChecks checks) {
        this.queue = queue;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "List renewal requests", description = "Scope: read. Oldest first.")
    @ApiResponse(responseCode = "200", description = "The requests")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    RenewalRequestResource.Page list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Only those with this status: pending, approved or declined")
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "At most this many, 1 to 500 (default 100)") @RequestParam(required = false)
                    Integer limit) {
        client.require(Scope.READ);
        RenewalRequest.Status wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = RenewalRequest.Status.parse(status);
            if (wanted == null) {
                throw ApiError.invalid("status", "must be pending, approved or declined");
            }
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > RenewalQueue.MAX_LIMIT) {
            throw ApiError.invalid("limit", "must be 1 to " + RenewalQueue.MAX_LIMIT);
        }
        return new RenewalRequestResource.Page(queue.list(organization(client), wanted, size, client.actor()).stream()
                .map(RenewalRequestResource::of)
                .toList());
    }

    @GetMapping(path = "/{id}/evidence", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a request's evidence file", description = "Scope: read. PDF, PNG or JPEG.")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.READ);
        RenewalQueue.EvidenceFile file = queue.evidence(organization(client), id, client.actor())
                .orElseThrow(() -> ApiError.notFound("evidence file"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.bytes());
    }

    @PostMapping("/{id}/approve")
    @Operation(
            summary = "Approve a renewal request",
            description = "Scope: issue. Renews the credential now (a new credential naming the one it renews) and "
                    + "mails the earner. Only a pending request can be approved.")
    @ApiResponse(responseCode = "200", description = "The request, approved, naming the renewal")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    RenewalRequestResource approve(@AuthenticationPrincipal ApiClient client, @PathVariable UUID id) {
        client.require(Scope.ISSUE);
        request(client, id);
        return RenewalRequestResource.of(queue.approve(organization(client), id, client.actor()));
    }

    @PostMapping("/{id}/decline")
    @Operation(
            summary = "Decline a renewal request",
            description = "Scope: issue. The reason is required: the earner is mailed it. Only a pending request can "
                    + "be declined.")
    @ApiResponse(responseCode = "200", description = "The request, declined")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    RenewalRequestResource decline(
            @AuthenticationPrincipal ApiClient client,
            @PathVariable UUID id,
            @RequestBody(required = false) RenewalRequestResource.Decline decline) {
        client.require(Scope.ISSUE);
        request(client, id);
        if (decline != null) {
            checks.check(decline);
        }
        if (decline == null || decline.reason() == null || decline.reason().isBlank()) {
            throw ApiError.invalid("reason", "is required");
        }
        return RenewalRequestResource.of(queue.decline(organization(client), id, decline.reason(), client.actor()));
    }

    private RenewalRequest request(ApiClient client, UUID id) {
        return queue.find(organization(client), id, client.actor())
                .orElseThrow(() -> ApiError.notFound("renewal request"));
    }

    private static OrganizationId organization(ApiClient client) {
        return new OrganizationId(client.organizationId());
    }
}
