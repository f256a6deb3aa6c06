package dev.laurel.server.certificates;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/certificate-seal}: the key's organization's certificate seal — read it, upload an e-seal (PKCS#12
 * file and password, multipart) in place of the self-signed one, remove it. Scope: admin.
 */
@RestController
@Tag(name = "Certificates")
@io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
class CertificateSealApi {

    /** The seal as the API shows it; {@code source} is {@code uploaded} or {@code self-signed}. */
    record SealView(
            String source, String subject, String issuer, Instant notBefore, Instant notAfter, String fingerprint) {

        static SealView of(SealKeys.Summary summary) {
            return new SealView(
                    summary.uploaded() ? "uploaded" : "self-signed",
                    summary.subject(),
                    summary.issuer(),
                    summary.notBefore(),
                    summary.notAfter(),
                    summary.fingerprint());
        }
    }

    private final SealKeys seals;
    private final Organizations organizations;

    CertificateSealApi(SealKeys seals, Organizations organizations) {
        this.seals = seals;
        this.organizations = organizations;
    }

    @GetMapping("/api/v1/certificate-seal")
    @Operation(
            summary = "The certificate seal",
            description = "Scope: admin. The certificate that seals the "
                    + "organization's certificate PDFs: its uploaded e-seal, or its self-signed one.")
    SealView show(@AuthenticationPrincipal ApiClient client) {
        Organization organization = organization(client);
        return SealView.of(seals.summary(organization.id(), organization.name()));
    }

    @PutMapping(path = "/api/v1/certificate-seal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload an e-seal",
            description = "Scope: admin. Multipart: file (PKCS#12, .p12 or .pfx, up to 64 KB) and password. Checked: "
                    + "the password opens it, it holds a private key (RSA or EC) with its certificate, valid now, "
                    + "whose key usage allows digital signature or non-repudiation. The password is not stored. "
                    + "Refusals: certificates.seal-file-missing, -unreadable, -wrong-password, -no-key, "
                    + "-unsuitable-key, -expired, -not-yet-valid, -key-usage.")
    SealView upload(
            @AuthenticationPrincipal ApiClient client,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String password)
            throws IOException {
        Organization organization = organization(client);
        byte[] bytes = file == null || file.getSize() > SealFile.MAX_BYTES ? null : file.getBytes();
        SealFile.Reading reading =
                seals.upload(organization.id(), bytes, password == null ? null : password.toCharArray());
        if (reading instanceof SealFile.Refused refused) {
            throw refused.error().problem(refused.detail());
        }
        return SealView.of(seals.summary(organization.id(), organization.name()));
    }

    @DeleteMapping("/api/v1/certificate-seal")
    @Operation(
            summary = "Remove the uploaded e-seal",
            description = "Scope: admin. The organization's certificates are sealed with its self-signed "
                    + "certificate again. 404 certificates.seal-none-uploaded when there is none.")
    ResponseEntity<Void> remove(@AuthenticationPrincipal ApiClient client) {
        Organization organization = organization(client);
        if (!seals.remove(organization.id())) {
            throw SealError.NONE_UPLOADED.problem("the organization has no uploaded e-seal");
        }
        return ResponseEntity.noContent().build();
    }

    private Organization organization(ApiClient client) {
        client.require(Scope.ADMIN);
        return organizations.find(new OrganizationId(client.organizationId())).orElseThrow();
    }
}
