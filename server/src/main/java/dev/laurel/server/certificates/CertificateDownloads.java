package dev.laurel.server.certificates;

import dev.laurel.server.accounts.LaurelUser;
import dev.laurel.server.backpack.CredentialPrivacy;
import dev.laurel.server.backpack.KeptCredentials;
import dev.laurel.server.issuing.CredentialId;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The certificate of a public credential, {@code /c/ID/certificate.pdf}: open to anyone exactly when the credential's
 * page is (not made private by its earner, earner's account not deleted); and the earner's own,
 * {@code /backpack/items/ID/certificate.pdf}, whatever its page's privacy.
 */
@RestController
class CertificateDownloads {

    private final Certificates certificates;
    private final CredentialPrivacy privacy;
    private final KeptCredentials kept;

    CertificateDownloads(Certificates certificates, CredentialPrivacy privacy, KeptCredentials kept) {
        this.certificates = certificates;
        this.privacy = privacy;
        this.kept = kept;
    }

    @GetMapping("/c/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        UUID uuid = uuid(id);
        if (privacy.hidden(uuid)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] pdf = certificates
                .pdf(new CredentialId(uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return answer(uuid, pdf);
    }

    @GetMapping("/backpack/items/{item}/certificate.pdf")
    ResponseEntity<byte[]> earners(@PathVariable String item, @AuthenticationPrincipal LaurelUser user) {
        UUID credential = kept.issuedHere(user.accountId(), uuid(item))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] pdf = certificates
                .pdf(new CredentialId(credential))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return answer(credential, pdf);
    }

    static ResponseEntity<byte[]> answer(UUID id, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("certificate-" + id + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=60")
                .body(pdf);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
