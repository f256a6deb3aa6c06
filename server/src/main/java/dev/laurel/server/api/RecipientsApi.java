package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.OrganizationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The people the organization issued credentials to, by address. */
@RestController
@Tag(name = "Recipients", description = "Who the key's organization issued credentials to.")
@SecurityRequirement(name = ApiDocs.BEARER)
class RecipientsApi {

    private final IssuedCredentials credentials;

    RecipientsApi(IssuedCredentials credentials) {
        this.credentials = credentials;
    }

    /** A recipient: their address, name, how many credentials in each state, and the credentials' ids. */
    @Schema(name = "RecipientSummary")
    record Recipient(
            @Schema(example = "ada@example.org") String email,

            @Schema(description = "The name on their newest credential.", example = "Ada Lovelace")
            String name,

            Counts counts,

            @Schema(description = "Their credentials, newest first.")
            List<UUID> credentialIds) {}

    /** How many of a recipient's credentials are in each state. */
    @Schema(name = "RecipientCounts")
    record Counts(int total, int active, int suspended, int revoked) {}

    /** A page of recipients by address; {@code nextCursor} fetches the next, null on the last page. */
    @Schema(name = "RecipientPage")
    record Page(
            List<Recipient> items,

            @Schema(description = "Opaque; null on the last page.")
            String nextCursor) {}

    @GetMapping(path = "/api/v1/recipients", produces = "application/json")
    @Operation(
            summary = "List recipients",
            description = "Scope: read. Everyone the organization issued to, by address (case-insensitive), in pages; "
                    + "or only the one with the given address.")
    @ApiResponse(responseCode = "200", description = "A page of recipients")
    @ApiResponse(responseCode = "400", ref = ApiDocs.INVALID)
    Page list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Only this address (case-insensitive)") @RequestParam(required = false)
                    String email,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @RequestParam(required = false)
                    String cursor) {
        client.require(Scope.READ);
        int size = limit == null ? CredentialsApi.DEFAULT_LIMIT : limit;
        if (size < 1 || size > CredentialsApi.MAX_LIMIT) {
            throw ApiError.invalid("limit", "must be 1 to " + CredentialsApi.MAX_LIMIT);
        }
        String after = cursor == null || cursor.isBlank() ? null : Cursors.recipientsAfter(cursor.strip());
        List<IssuedCredentials.Recipient> found = credentials.recipients(
                new OrganizationId(client.organizationId()),
                email == null || email.isBlank() ? null : email.strip(),
                after,
                size + 1);
        List<IssuedCredentials.Recipient> page = found.size() > size ? found.subList(0, size) : found;
        String next = found.size() > size ? Cursors.recipients(page.getLast().key()) : null;
        return new Page(
                page.stream()
                        .map(r -> new Recipient(
                                r.email(),
                                r.name(),
                                new Counts(r.total(), r.active(), r.suspended(), r.revoked()),
                                r.credentialIds().stream()
                                        .map(CredentialId::value)
                                        .toList()))
                        .toList(),
                next);
    }
}
