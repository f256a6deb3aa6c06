package dev.laurel.server.audit;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.issuing.IssuingEvents.RecipientForgotten;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stops the audit log naming a person whose account was erased, in the erasure's transaction: the subjects that
 * named them become "deleted earner" (the one change the log allows), and each forgotten credential's erasure is
 * recorded, without personal data.
 */
@Component
class SubjectErasure {

    private final AuditLog log;

    SubjectErasure(AuditLog log) {
        this.log = log;
    }

    /** The membership entries that named them: invited at one of their addresses, joined, changed, removed. */
    @EventListener
    void on(AccountErased erased) {
        log.forgetMember(erased.accountId(), erased.addresses());
    }

    /** The "credential.issued" entries of the credentials issued to them, which issuing has just forgotten. */
    @EventListener
    void on(RecipientForgotten forgotten) {
        log.forgetRecipient(forgotten.organizationId(), forgotten.credentialIds());
        for (UUID credential : forgotten.credentialIds()) {
            log.append(new AuditEntry(
                    forgotten.organizationId(),
                    null,
                    "credential.recipient-deleted",
                    credential.toString(),
                    Map.of("credential", credential)));
        }
    }
}
