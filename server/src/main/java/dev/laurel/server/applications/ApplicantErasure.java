package dev.laurel.server.applications;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.issuing.IssuedCredential;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A person deleted their account, in the erasure's transaction: their applications keep their state but lose their
 * evidence, files, name and address; where they reviewed, the review stays and their name and address go.
 */
@Component
class ApplicantErasure {

    private final Applications applications;

    ApplicantErasure(Applications applications) {
        this.applications = applications;
    }

    @EventListener
    void on(AccountErased erased) {
        applications.forget(erased.accountId(), IssuedCredential.DELETED_EARNER);
        applications.forgetReviewer(erased.accountId(), erased.addresses(), "deleted reviewer");
    }
}
