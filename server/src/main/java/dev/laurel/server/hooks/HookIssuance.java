package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.ApiError;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.Problem;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing on an event: the mapping reads it, and {@link Issuance} issues as the API key, with the event's id claimed
 * in the same transaction — the earner's mail, the claim link, webhooks and the audit entry follow from {@code
 * CredentialsIssued} exactly as when a member issues. On any refusal nothing is issued and no event id is claimed;
 * every delivery, refused or not, is logged in {@link Receipts}.
 */
@Service
class HookIssuance {

    /** What an event did. */
    sealed interface Outcome {

        /** The event's id, or null when an ignored event has none. */
        String eventId();
    }

    /** A credential was issued for the event, now. */
    record Issued(IssuedCredential credential, String eventId) implements Outcome {}

    /** The event was issued for before: its credential, unchanged. */
    record Replayed(IssuedCredential credential, String eventId) implements Outcome {}

    /** The event does not meet the mapping's condition: acknowledged, nothing issued. */
    record Ignored(String eventId) implements Outcome {}

    private final HookMappings mappings;
    private final ReceivedEvents events;
    private final Receipts receipts;
    private final EventReader reader;
    private final Issuance issuance;
    private final IssuedCredentials credentials;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HookIssuance(
            HookMappings mappings,
            ReceivedEvents events,
            Receipts receipts,
            EventReader reader,
            Issuance issuance,
            IssuedCredentials credentials,
            TransactionTemplate transactions,
            Clock clock) {
        this.mappings = mappings;
        this.events = events;
        this.receipts = receipts;
        this.reader = reader;
        this.issuance = issuance;
        this.credentials = credentials;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Receives {@code body} through the mapping {@code mappingId} of the key's organization, logging the delivery and
     * its outcome in {@link Receipts} (a delivery to another organization's or an unknown mapping is not logged).
     *
     * @throws Problem {@code api.not-found} for another organization's or an unknown mapping, {@code
     *     api.malformed-json} for a body that is not JSON, {@code hook.mapping-disabled} for a paused mapping, an
     *     {@link EventFault} code when the event yields no credential
     */
    Outcome receive(ApiClient client, UUID mappingId, String body) {
        HookMapping mapping =
                mappings.find(client.organizationId(), mappingId).orElseThrow(() -> ApiError.notFound("mapping"));
        UUID receipt = receipts.open(mapping.id(), clock.instant()).orElseThrow(() -> ApiError.notFound("mapping"));
        AtomicReference<String> eventId = new AtomicReference<>();
        try {
            JsonNode event = HooksApi.parse(body);
            Outcome outcome = transactions.execute(status -> issue(client, mapping.id(), event, eventId));
            switch (outcome) {
                case Issued issued ->
                    receipts.close(
                            receipt,
                            Receipts.Status.ISSUED,
                            issued.eventId(),
                            issued.credential().id().value(),
                            null,
                            null);
                case Replayed replayed ->
                    receipts.close(
                            receipt,
                            Receipts.Status.REPLAYED,
                            replayed.eventId(),
                            replayed.credential().id().value(),
                            null,
                            null);
                case Ignored ignored ->
                    receipts.close(
                            receipt,
                            Receipts.Status.SKIPPED,
                            ignored.eventId(),
                            null,
                            EventAnswer.CONDITION_NOT_MET,
                            "The event does not meet the mapping's condition.");
            }
            return outcome;
        } catch (Problem e) {
            receipts.close(
                    receipt,
                    Receipts.Status.FAILED,
                    eventId.get(),
                    null,
                    e.code().code(),
                    e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            receipts.close(
                    receipt,
                    Receipts.Status.FAILED,
                    null,
                    null,
                    "hook.internal-error",
                    "Laurel failed to issue for this event; nothing was issued. Send it again.");
            throw e;
        }
    }

    /**
     * Issues for the event in the caller's transaction: the claim of its id and the credential commit together.
     *
     * @param eventId set to the event's id once read, for the log of a refusal
     */
    private Outcome issue(ApiClient client, UUID mappingId, JsonNode event, AtomicReference<String> eventId) {
        HookMapping mapping =
                mappings.find(client.organizationId(), mappingId).orElseThrow(() -> ApiError.notFound("mapping"));
        Reading reading = reader.read(mapping, event);
        eventId.set(reading.eventId());
        if (!mapping.enabled()) {
            throw HookProblems.disabled(mapping);
        }
        if (!reading.conditionMet()) {
            return new Ignored(reading.eventId());
        }
        if (reading.eventId() != null) {
            Optional<UUID> earlier = events.credentialOf(mapping.id(), reading.eventId());
            if (earlier.isPresent()) {
                return new Replayed(
                        credentials.find(new CredentialId(earlier.get())).orElseThrow(), reading.eventId());
            }
        }
        if (!reading.issuable()) {
            throw HookProblems.unprocessable(reading.faults());
        }
        Optional<UUID> claimed = events.claim(mapping.id(), reading.eventId());
        if (claimed.isPresent()) {
            return new Replayed(
                    credentials.find(new CredentialId(claimed.get())).orElseThrow(), reading.eventId());
        }
        IssuedCredential credential = issuance.issue(Issuance.Issue.one(
                        new OrganizationId(client.organizationId()),
                        new BadgeId(mapping.achievementId()),
                        client.actor(),
                        reading.recipient(),
                        mapping.format()))
                .getFirst();
        events.complete(mapping.id(), reading.eventId(), credential.id().value());
        return new Issued(credential, reading.eventId());
    }
}
