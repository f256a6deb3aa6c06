package dev.laurel.server.certificates;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.notifications.MailAttachments;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The certificate an issued mail names ({@code certificate:ID}), attached when its badge's design says so and it is at
 * most {@value #MAX_BYTES} bytes; a larger one is not attached, and the mail's link to the credential's page offers it.
 */
@Component
class CertificateMailAttachments implements MailAttachments {

    /** The largest certificate attached to a mail: 2 MB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final String PREFIX = "certificate:";
    private static final Logger log = LoggerFactory.getLogger(CertificateMailAttachments.class);

    private final IssuedCredentials credentials;
    private final CertificateDesigns designs;
    private final Certificates certificates;

    CertificateMailAttachments(IssuedCredentials credentials, CertificateDesigns designs, Certificates certificates) {
        this.credentials = credentials;
        this.designs = designs;
        this.certificates = certificates;
    }

    @Override
    public Optional<Attachment> find(String reference) {
        if (!reference.startsWith(PREFIX)) {
            return Optional.empty();
        }
        CredentialId id;
        try {
            id = new CredentialId(UUID.fromString(reference.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return credentials
                .find(id)
                .filter(credential -> !credential.recipientForgotten())
                .filter(credential -> designs.of(credential.badgeId()).attachToMail())
                .map(certificates::pdf)
                .filter(pdf -> {
                    if (pdf.length > MAX_BYTES) {
                        log.info("certificate of {} not attached: {} bytes, over {}", id, pdf.length, MAX_BYTES);
                        return false;
                    }
                    return true;
                })
                .map(pdf -> new Attachment("certificate.pdf", "application/pdf", pdf));
    }
}
