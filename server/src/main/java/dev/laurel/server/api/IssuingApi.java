package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.platform.LaurelSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Issuing an achievement to one person. */
@RestController
@Tag(name = "Achievements")
@SecurityRequirement(name = ApiDocs.BEARER)
class IssuingApi {

    private final ApiIssuance issuance;
    private final Badges badges;
    private final RequestChecks checks;
    private final LaurelSettings settings;

    IssuingApi(ApiIssuance issuance, Badges badges, RequestChecks checks, LaurelSettings settings) {
        this.issuance = issuance;
        this.badges = badges;
        this.checks = checks;
        this.settings = settings;
    }

    @PostMapping(path = "/api/v1/achievements/{id}/issue", produces = "application/json")
    @Operation(
            summary = "Issue an achievement",
            description = "Scope: issue. Signs an Open Badges 3.0 credential for the recipient and mails them a claim "
                    + "link, as issuing on the website does. With an Idempotency-Key, a retry of the same request "
                    + "within 24 hours returns the credential made the first time instead of a second one.")
    @ApiResponse(responseCode = "201", description = "Issued; Location names the credential resource.")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = ApiDocs.IDEMPOTENCY_MISMATCH)
    ResponseEntity<IssuedResource> issue(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The achievement's id") @PathVariable UUID id,
            @Parameter(
                            description = "Any unique string up to 255 characters, e.g. a UUID: the same key with the "
                                    + "same body within 24 hours returns the same credential.")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String idempotencyKey,
            @RequestBody IssueRequest request) {
        client.require(Scope.ISSUE);
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,255}")) {
            throw ApiError.invalid("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
        badges.find(new BadgeId(id))
                .filter(badge -> badge.organizationId().value().equals(client.organizationId()))
                .orElseThrow(() -> ApiError.notFound("achievement"));
        checks.check(request);
        ApiIssuance.Outcome outcome = issuance.issue(client, id, request, idempotencyKey);
        var credential = outcome.credential();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/credentials/" + credential.id()))
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
                .body(IssuedResource.of(credential, settings.url("/c/" + credential.id())));
    }
}
