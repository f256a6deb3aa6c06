package dev.laurel.server.credentialendorsements;

import dev.laurel.server.accounts.AccountErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person deleted their account: their requests go, with the endorsements given on them (the signed endorsements name
 * the credential, not the earner), and requests still waiting on any of their addresses.
 */
@Component
class EarnerErasure {

    private final EndorsementRequests requests;

    EarnerErasure(EndorsementRequests requests) {
        this.requests = requests;
    }

    @EventListener
    void on(AccountErased erased) {
        requests.forget(erased.accountId(), erased.addresses());
    }
}
