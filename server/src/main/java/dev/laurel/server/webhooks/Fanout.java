package dev.laurel.server.webhooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.applications.ApplicationEvents.ApplicationDecided;
import dev.laurel.server.applications.ApplicationEvents.ApplicationSubmitted;
import dev.laurel.server.backpack.CredentialShared;
import dev.laurel.server.bulk.BulkCompleted;
import dev.laurel.server.claims.CredentialClaimed;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementAccepted;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementRequested;
import dev.laurel.server.endorsements.EndorsementEvents.EndorsementRevoked;
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
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules announce into webhook deliveries: one small method per event, run synchronously in the
 * publisher's transaction, so the deliveries commit or roll back with the action — the outbox. Every event type has
 * its producer, and every one goes through {@link #send}.
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
            send(
                    event.organizationId().value(),
                    EventType.CREDENTIAL_ISSUED,
                    () -> payloads.credential(
                            event.organizationId().value(),
                            credential.credentialId().value()));
        }
    }

    @EventListener
    void on(BulkCompleted event) {
        send(
                event.organizationId(),
                EventType.BULK_COMPLETED,
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
        send(
                event.organizationId(),
                EventType.CREDENTIAL_CLAIMED,
                () -> payloads.credential(event.organizationId(), event.credentialId()));
    }

    @EventListener
    void on(CredentialRevoked event) {
        send(
                event.organizationId().value(),
                EventType.CREDENTIAL_REVOKED,
                () -> payloads.stateChange(
                        event.organizationId().value(), event.credentialId().value(), event.reason()));
    }

    @EventListener
    void on(CredentialSuspended event) {
        send(
                event.organizationId().value(),
                EventType.CREDENTIAL_SUSPENDED,
                () -> payloads.stateChange(
                        event.organizationId().value(), event.credentialId().value(), event.reason()));
    }

    @EventListener
    void on(CredentialReinstated event) {
        send(
                event.organizationId().value(),
                EventType.CREDENTIAL_REINSTATED,
                () -> payloads.stateChange(
                        event.organizationId().value(), event.credentialId().value(), event.reason()));
    }

    @EventListener
    void on(CredentialViewed event) {
        send(
                event.organizationId(),
                EventType.CREDENTIAL_VIEWED,
                () -> payloads.credential(event.organizationId(), event.credentialId()));
    }

    /** A share of a credential issued here; shares of imported credentials concern no organization of this Laurel. */
    @EventListener
    void on(CredentialShared event) {
        if (event.organizationId() == null) {
            return;
        }
        send(
                event.organizationId(),
                EventType.CREDENTIAL_SHARED,
                () -> payloads.shared(event.organizationId(), event.credentialId(), event.channel()));
    }

    /** Earners completed steps, one or a batch: one pathway.step_completed event each. */
    @EventListener
    void on(StepsCompleted event) {
        if (!deliveries.anySubscriber(event.organizationId().value(), EventType.PATHWAY_STEP_COMPLETED)) {
            return;
        }
        for (StepsCompleted.Completion completion : event.completions()) {
            send(
                    event.organizationId().value(),
                    EventType.PATHWAY_STEP_COMPLETED,
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
        send(
                event.organizationId().value(),
                EventType.PATHWAY_COMPLETED,
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
        send(
                event.organizationId().value(),
                EventType.APPLICATION_SUBMITTED,
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
        send(
                event.organizationId().value(),
                EventType.APPLICATION_DECIDED,
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

    /** An organization asked another to endorse it: to the endorsed organization. */
    @EventListener
    void on(EndorsementRequested event) {
        send(
                event.endorsement().endorsed().value(),
                EventType.ENDORSEMENT_REQUESTED,
                () -> payloads.endorsement(event.endorsement()));
    }

    /** An endorsement given: to both organizations. */
    @EventListener
    void on(EndorsementAccepted event) {
        send(
                event.endorsement().endorsed().value(),
                EventType.ENDORSEMENT_GIVEN,
                () -> payloads.endorsement(event.endorsement()));
        send(
                event.endorsement().endorsing().value(),
                EventType.ENDORSEMENT_GIVEN,
                () -> payloads.endorsement(event.endorsement()));
    }

    /** An endorsement withdrawn: to both organizations. */
    @EventListener
    void on(EndorsementRevoked event) {
        send(
                event.endorsement().endorsed().value(),
                EventType.ENDORSEMENT_WITHDRAWN,
                () -> payloads.endorsement(event.endorsement()));
        send(
                event.endorsement().endorsing().value(),
                EventType.ENDORSEMENT_WITHDRAWN,
                () -> payloads.endorsement(event.endorsement()));
    }

    /** The one way an event becomes deliveries: now, to the organization's endpoints subscribed to {@code type}. */
    private void send(UUID organizationId, EventType type, Supplier<ObjectNode> data) {
        deliveries.enqueue(organizationId, type, clock.instant(), data);
    }
}
