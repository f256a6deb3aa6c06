package dev.laurel.server.webhooks;

import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.applications.ApplicationEvents.ApplicationDecided;
import dev.laurel.server.applications.ApplicationEvents.ApplicationSubmitted;
import dev.laurel.server.backpack.CredentialShared;
import dev.laurel.server.bulk.BulkCompleted;
import dev.laurel.server.claims.CredentialClaimed;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuingEvents.CredentialReinstated;
import dev.laurel.server.issuing.IssuingEvents.CredentialRevoked;
import dev.laurel.server.issuing.IssuingEvents.CredentialSuspended;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.issuing.IssuingEvents.RecipientForgotten;
import dev.laurel.server.pathways.PathwayEvents.PathwayCompleted;
import dev.laurel.server.pathways.PathwayEvents.StepsCompleted;
import dev.laurel.server.sharing.CredentialViewed;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules announce into webhook deliveries: one small method per event, run synchronously in the
 * publisher's transaction, so the deliveries commit or roll back with the action — the outbox. Every event type has
 * its producer.
 */
@Component
class Fanout {

    private final Deliveries deliveries;
    private final Payloads payloads;
    private final Clock clock;

    Fanout(Deliveries deliveries, Payloads payloads, Clock clock) {
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.clock = clock;
    }

    /** Their earner deleted their account: the events already recorded no longer name them. */
    @EventListener
    void on(RecipientForgotten event) {
        deliveries.forgetRecipient(
                event.organizationId().value(),
                event.credentialIds().stream().map(CredentialId::value).toList());
    }

    /** Their earner deleted their account: the pathway events already recorded no longer name them. */
    @EventListener
    void on(AccountErased event) {
        deliveries.forgetEarner(event.addresses());
    }

    /** Credentials issued, one or a batch: one credential.issued event each. */
    @EventListener
    void on(CredentialsIssued event) {
        if (!deliveries.anySubscriber(event.organizationId().value(), EventType.CREDENTIAL_ISSUED)) {
            return;
        }
        for (CredentialsIssued.Recipient credential : event.credentials()) {
            deliveries.enqueue(
                    event.organizationId().value(),
                    EventType.CREDENTIAL_ISSUED,
                    clock.instant(),
                    () -> payloads.credential(
                            event.organizationId().value(),
                            credential.credentialId().value()));
        }
    }

    @EventListener
    void on(BulkCompleted event) {
        deliveries.enqueue(
                event.organizationId(),
                EventType.BULK_COMPLETED,
                clock.instant(),
                () -> Payloads.bulkCompleted(
                        event.organizationId(),
                        event.jobId(),
                        event.badgeId(),
                        event.total(),
                        event.issued(),
                        event.skipped(),
                        event.failed()));
    }

    @EventListener
    void on(CredentialClaimed event) {
        deliveries.enqueue(
                event.organizationId(),
                EventType.CREDENTIAL_CLAIMED,
                clock.instant(),
                () -> payloads.credential(event.organizationId(), event.credentialId()));
    }

    @EventListener
    void on(CredentialRevoked event) {
        deliveries.enqueue(
                event.organizationId().value(),
                EventType.CREDENTIAL_REVOKED,
                clock.instant(),
                () -> payloads.stateChange(
                        event.organizationId().value(), event.credentialId().value(), event.reason()));
    }

    @EventListener
    void on(CredentialSuspended event) {
        deliveries.enqueue(
                event.organizationId().value(),
                EventType.CREDENTIAL_SUSPENDED,
                clock.instant(),
                () -> payloads.stateChange(
                        event.organizationId().value(), event.credentialId().value(), event.reason()));
    }

    @EventListener
    void on(CredentialReinstated event) {
        deliveries.enqueue(
                event.organizationId().value(),
                EventType.CREDENTIAL_REINSTATED,
                clock.instant(),
                () -> payloads.stateChange(
                        event.organizationId().value(), event.credentialId().value(), event.reason()));
    }

    @EventListener
    void on(CredentialViewed event) {
        deliveries.enqueue(
                event.organizationId(),
                EventType.CREDENTIAL_VIEWED,
                clock.instant(),
                () -> payloads.credential(event.organizationId(), event.credentialId()));
    }

    /** A share of a credential issued here; shares of imported credentials concern no organization of this Laurel. */
    @EventListener
    void on(CredentialShared event) {
        if (event.organizationId() == null) {
            return;
        }
        deliveries.enqueue(
                event.organizationId(),
                EventType.CREDENTIAL_SHARED,
                clock.instant(),
                () -> payloads.shared(event.organizationId(), event.credentialId(), event.channel()));
    }

    /** Earners completed steps, one or a batch: one pathway.step_completed event each. */
    @EventListener
    void on(StepsCompleted event) {
        if (!deliveries.anySubscriber(event.organizationId().value(), EventType.PATHWAY_STEP_COMPLETED)) {
            return;
        }
        for (StepsCompleted.Completion completion : event.completions()) {
            deliveries.enqueue(
                    event.organizationId().value(),
                    EventType.PATHWAY_STEP_COMPLETED,
                    clock.instant(),
                    () -> payloads.stepCompleted(
                            event.organizationId().value(),
                            event.pathwayId().value(),
                            event.pathwayName(),
                            completion.stepId(),
                            completion.stepName(),
                            completion.email()));
        }
    }

    @EventListener
    void on(PathwayCompleted event) {
        deliveries.enqueue(
                event.organizationId().value(),
                EventType.PATHWAY_COMPLETED,
                clock.instant(),
                () -> payloads.pathwayCompleted(
                        event.organizationId().value(),
                        event.pathwayId().value(),
                        event.pathwayName(),
                        event.email(),
                        event.goalCredential() == null
                                ? null
                                : event.goalCredential().value()));
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        deliveries.enqueue(
                event.organizationId().value(),
                EventType.APPLICATION_SUBMITTED,
                clock.instant(),
                () -> payloads.application(
                        event.organizationId().value(),
                        event.applicationId().value(),
                        event.badgeId().value(),
                        event.badgeName(),
                        "submitted",
                        event.version(),
                        null,
                        null,
                        null));
    }

    @EventListener
    void on(ApplicationDecided event) {
        deliveries.enqueue(
                event.organizationId().value(),
                EventType.APPLICATION_DECIDED,
                clock.instant(),
                () -> payloads.application(
                        event.organizationId().value(),
                        event.applicationId().value(),
                        event.badgeId().value(),
                        event.badgeName(),
                        event.state().key(),
                        0,
                        event.decision(),
                        event.reviewer(),
                        event.credentialId() == null
                                ? null
                                : event.credentialId().value()));
    }
}
