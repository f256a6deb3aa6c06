package dev.laurel.server.certificates;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/credentials/ID/certificate.pdf}: a credential of the key's organization as its certificate. */
@RestController
@Tag(name = "Credentials")
@io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
class CertificatesApi {

    private final IssuedCredentials credentials;
    private final Certificates certificates;

    CertificatesApi(IssuedCredentials credentials, Certificates certificates) {
        this.credentials = credentials;
        this.certificates = certificates;
    }

    @GetMapping(path = "/api/v1/credentials/{id}/certificate.pdf")
    @Operation(
            summary = "Download a credential's certificate",
            description = "Scope: read. A PDF/A-3b certificate in the achievement's template, carrying the signed "
                    + "credential as the associated file credential.json (and credential.jwt for a VC-JWT), sealed "
                    + "by the organization (PAdES). A revoked credential's certificate is stamped Revoked.")
    @ApiResponse(
            responseCode = "200",
            description = "The certificate",
            content = @Content(mediaType = "application/pdf"))
    @ApiResponse(responseCode = "404", description = "No credential of the key's organization has this id")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "The credential's id") @PathVariable UUID id) {
        client.require(Scope.READ);
        IssuedCredential credential = credentials
                .find(new CredentialId(id))
                .filter(c -> c.organizationId().value().equals(client.organizationId()))
                .filter(c -> !c.recipientForgotten())
                .orElseThrow(() -> ApiError.notFound("credential"));
        return CertificateDownloads.answer(id, certificates.pdf(credential));
    }
}
