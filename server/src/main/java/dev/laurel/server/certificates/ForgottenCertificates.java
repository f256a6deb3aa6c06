package dev.laurel.server.certificates;

import dev.laurel.server.issuing.IssuingEvents.RecipientForgotten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An earner who deleted their account is named in their certificates: the rendered PDFs go in the same transaction. */
@Component
class ForgottenCertificates {

    private final RenderedPdfs pdfs;

    ForgottenCertificates(RenderedPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @EventListener
    void on(RecipientForgotten forgotten) {
        pdfs.forget(forgotten.credentialIds());
    }
}
