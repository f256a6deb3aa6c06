package dev.laurel.server.credentialendorsements;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The endorsements people gave on the key's organization's credentials and their earners accepted. */
@RestController
@RequestMapping(path = "/api/v1/credentials", produces = "application/json")
@Tag(name = "Credentials")
@SecurityRequirement(name = "bearer")
class EndorsementsOnCredentialsApi {

    /** The list. */
    record Page(List<Item> endorsements) {}

    /**
     * One endorsement.
     *
     * @param id the endorsement's id
     * @param withdrawn whether its endorser withdrew it (its status bit is set)
     * @param credential the signed EndorsementCredential
     */
    record Item(
            UUID id,
            String endorserName,
            String endorserRole,
            String endorserOrganization,
            String comment,
            Instant givenAt,
            boolean withdrawn,
            JsonNode credential) {}

    private final IssuedCredentials credentials;
    private final ReceivedEndorsements received;
    private final EndorsementViews views;

    EndorsementsOnCredentialsApi(IssuedCredentials credentials, ReceivedEndorsements received, EndorsementViews views) {
        this.credentials = credentials;
        this.received = received;
        this.views = views;
    }

    @GetMapping("/{id}/endorsements")
    @Operation(
            summary = "List a credential's endorsements",
            description = "Scope: read. The endorsements people gave on the credential that its earner accepted, "
                    + "oldest first, withdrawn ones included and marked.")
    @ApiResponse(responseCode = "200", description = "The accepted endorsements")
    @ApiResponse(responseCode = "404", description = "No such credential of the key's organization")
    Page list(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The credential's id") @PathVariable UUID id) {
        client.require(Scope.READ);
        credentials
                .find(new CredentialId(id))
                .filter(found -> found.organizationId().value().equals(client.organizationId()))
                .orElseThrow(() -> ApiError.notFound("credential"));
        return new Page(received.accepted(id).stream()
                .map(e -> new Item(
                        e.endorsementId(),
                        e.endorserName(),
                        e.endorserRole(),
                        e.endorserOrganization(),
                        e.comment(),
                        e.givenAt(),
                        e.withdrawn(),
                        views.document(e).map(Json::parse).orElse(null)))
                .toList());
    }
}
