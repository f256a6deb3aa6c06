package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.IssuingEvents.RecipientForgotten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An earner deleted their account: the evidence of their renewal requests goes with it, in the same transaction. */
@Component
class ForgottenEvidence {

    private final RenewalRequests requests;

    ForgottenEvidence(RenewalRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(RecipientForgotten forgotten) {
        requests.forget(forgotten.credentialIds());
    }
}
