package dev.laurel.server.audit;

import dev.laurel.server.endorsements.EndorsementEvents.Between;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementAccepted;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementDeclined;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementRequested;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementRevoked;
import dev.laurel.server.organizations.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records organizations' endorsements in the action's transaction, as {@link AuditTrail} does for badges: the
 * endorsing organization's log has what it gave and revoked, the endorsed organization's what it received, accepted
 * and declined. The subject is the badge's or issuer's name.
 */
@Component
class EndorsementTrail {

    private final AuditLog log;

    EndorsementTrail(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(EndorsementRequested event) {
        Between e = event.endorsement();
        record(e.endorsing().value(), event.actor(), "endorsement.given", e);
        record(e.endorsed().value(), null, "endorsement.received", e);
    }

    @EventListener
    void on(EndorsementAccepted event) {
        record(event.endorsement().endorsed().value(), event.actor(), "endorsement.accepted", event.endorsement());
    }

    @EventListener
    void on(EndorsementDeclined event) {
        record(event.endorsement().endorsed().value(), event.actor(), "endorsement.declined", event.endorsement());
    }

    @EventListener
    void on(EndorsementRevoked event) {
        record(event.endorsement().endorsing().value(), event.actor(), "endorsement.revoked", event.endorsement());
    }

    private void record(UUID organization, Actor actor, String action, Between endorsement) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("endorsement", endorsement.id().value());
        details.put("subjectId", endorsement.subjectId());
        details.put("endorser", endorsement.endorsingName());
        if (actor != null && actor.apiKeyId() != null) {
            details.put(AuditEntry.API_KEY, actor.apiKeyId());
        }
        log.append(new AuditEntry(
                organization, actor == null ? null : actor.accountId(), action, endorsement.subjectName(), details));
    }
}
