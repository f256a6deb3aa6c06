package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.issuing.Actor;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing on an event: the mapping reads it, and {@link Issuance} issues as the API key, with the event's id claimed
 * in the same transaction — the earner's mail, the claim link, webhooks and the audit entry follow from {@code
 * CredentialIssued} exactly as when a member issues. On any refusal nothing is issued and nothing is recorded.
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
    private final EventReader reader;
    private final Issuance issuance;
    private final IssuedCredentials credentials;
    private final Clock clock;

    HookIssuance(
            HookMappings mappings,
            ReceivedEvents events,
            EventReader reader,
            Issuance issuance,
            IssuedCredentials credentials,
            Clock clock) {
        this.mappings = mappings;
        this.events = events;
        this.reader = reader;
        this.issuance = issuance;
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * Receives {@code event} through the mapping {@code mappingId} of the key's organization.
     *
     * @throws HookProblem {@code api.not-found} for another organization's or an unknown mapping, {@code
     *     hook.mapping-disabled} for a paused one, an {@link EventFault} code when the event yields no credential
     */
    @Transactional
    Outcome receive(ApiClient client, UUID mappingId, JsonNode event) {
        HookMapping mapping =
                mappings.find(client.organizationId(), mappingId).orElseThrow(() -> HookProblem.notFound("mapping"));
        if (!mapping.enabled()) {
            throw HookProblem.disabled(mapping);
        }
        Reading reading = reader.read(mapping, event);
        if (!reading.conditionMet()) {
            return new Ignored(reading.eventId());
        }
        if (reading.eventId() != null) {
            Optional<UUID> earlier = events.credentialOf(mapping.id(), reading.eventId());
            if (earlier.isPresent()) {
                return new Replayed(credentials.find(earlier.get()).orElseThrow(), reading.eventId());
            }
        }
        if (!reading.issuable()) {
            throw HookProblem.unprocessable(reading.faults());
        }
        Optional<UUID> claimed = events.claim(mapping.id(), reading.eventId(), clock.instant());
        if (claimed.isPresent()) {
            return new Replayed(credentials.find(claimed.get()).orElseThrow(), reading.eventId());
        }
        IssuedCredential credential = issuance.issue(
                client.organizationId(),
                mapping.achievementId(),
                reading.request(mapping.format()),
                new Actor.ApiKey(client.keyId(), client.organizationId()));
        events.complete(mapping.id(), reading.eventId(), credential.id());
        return new Issued(credential, reading.eventId());
    }
}
