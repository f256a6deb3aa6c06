package dev.laurel.server.audit;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuingEvents.RecipientForgotten;
import java.util.List;
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
        List<UUID> credentials =
                forgotten.credentialIds().stream().map(CredentialId::value).toList();
        log.forgetRecipient(forgotten.organizationId().value(), credentials);
        for (UUID credential : credentials) {
            log.append(new AuditEntry(
                    forgotten.organizationId().value(),
                    null,
                    "credential.recipient-deleted",
                    credential.toString(),
                    Map.of("credential", credential)));
        }
    }
}
