package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.signing.ProofFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's hook mappings: checked, created, changed, deleted, previewed against a sample event; at most
 * {@value #MAX_MAPPINGS} per organization. The API and the pages both go through here, so they refuse the same
 * things. Callers have checked who asks.
 */
@Service
class Hooks {

    static final int MAX_MAPPINGS = 50;
    static final int MAX_NAME = 100;
    static final int MAX_CONDITION_VALUE = 500;

    /**
     * A mapping as typed, every value as text: the API's request and the page's form both become one.
     *
     * @param enabled null for enabled
     */
    record Draft(
            String name,
            String achievementId,
            String eventId,
            String recipientEmail,
            String recipientName,
            String narrative,
            String evidence,
            String issuedOn,
            String conditionPointer,
            String conditionEquals,
            String format,
            Boolean enabled) {}

    /**
     * A wrong value: its field as the API request writes it ({@code pointers.eventId}), the message key's last part
     * ({@code pointer-invalid}) and the message in English.
     */
    record Violation(String field, String key, String message) {}

    /** A draft refused for the violations it has, every one of them. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> violations;

        Invalid(List<Violation> violations) {
            super(violations.toString());
            this.violations = List.copyOf(violations);
        }

        List<Violation> violations() {
            return violations;
        }
    }

    /** The organization has {@link #MAX_MAPPINGS} mappings already. */
    static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super("an organization has at most " + MAX_MAPPINGS + " hook mappings");
        }
    }

    /** What a sample event would do: the reading, and the credential when the event was issued for already. */
    record Preview(HookMapping mapping, Reading reading, UUID earlierCredential) {}

    private final HookMappings mappings;
    private final ReceivedEvents events;
    private final Receipts receipts;
    private final Badges badges;
    private final EventReader reader;
    private final IssuedCredentials credentials;
    private final Clock clock;

    Hooks(
            HookMappings mappings,
            ReceivedEvents events,
            Receipts receipts,
            Badges badges,
            EventReader reader,
            IssuedCredentials credentials,
            Clock clock) {
        this.mappings = mappings;
        this.credentials = credentials;
        this.events = events;
        this.receipts = receipts;
        this.badges = badges;
        this.reader = reader;
        this.clock = clock;
    }

    List<HookMapping> of(UUID organizationId) {
        return mappings.of(organizationId);
    }

    Optional<HookMapping> find(UUID organizationId, UUID id) {
        return mappings.find(organizationId, id);
    }

    /**
     * Creates a mapping.
     *
     * @throws Invalid naming every wrong value
     * @throws TooMany when the organization has {@link #MAX_MAPPINGS} already
     */
    @Transactional
    HookMapping create(UUID organizationId, Draft draft) {
        HookMapping.Settings settings = check(organizationId, draft);
        if (mappings.countLocked(organizationId) >= MAX_MAPPINGS) {
            throw new TooMany();
        }
        HookMapping mapping = HookMapping.of(organizationId, settings, now());
        mappings.add(mapping);
        return mapping;
    }

    /**
     * Replaces every setting of a mapping; empty when the organization has no such mapping.
     *
     * @throws Invalid naming every wrong value
     */
    @Transactional
    Optional<HookMapping> update(UUID organizationId, UUID id, Draft draft) {
        Optional<HookMapping> found = mappings.find(organizationId, id);
        if (found.isEmpty()) {
            return found;
        }
        HookMapping changed = found.get().with(check(organizationId, draft), now());
        mappings.update(changed);
        return Optional.of(changed);
    }

    /** Pauses or resumes a mapping; empty when the organization has no such mapping. */
    @Transactional
    Optional<HookMapping> enable(UUID organizationId, UUID id, boolean enabled) {
        return mappings.find(organizationId, id).map(found -> {
            HookMapping.Settings s = found.settings();
            HookMapping changed = found.with(
                    new HookMapping.Settings(
                            s.name(), s.achievementId(), s.pointers(), s.condition(), s.format(), enabled),
                    now());
            mappings.update(changed);
            return changed;
        });
    }

    /** Deletes a mapping and its event log; false when the organization has no such mapping. */
    @Transactional
    boolean delete(UUID organizationId, UUID id) {
        return mappings.delete(organizationId, id);
    }

    /**
     * A delivery to the mapping and what became of it, with the earner its credential names when it has one.
     *
     * @param status received (cut off), issued, replayed, skipped or failed
     * @param reason why it was skipped (condition-not-met) or the code it failed with, or null
     * @param message what the reason means, or null
     */
    record RecentEvent(
            UUID id,
            Instant receivedAt,
            Receipts.Status status,
            String eventId,
            UUID credentialId,
            String recipientEmail,
            String recipientName,
            String reason,
            String message) {

        /** The status as the API and the page write it: {@code issued}, {@code failed}, ... */
        public String state() {
            return status.key();
        }
    }

    /** The mapping's most recent deliveries, newest first. */
    List<RecentEvent> recent(HookMapping mapping, int limit) {
        return receipts.recent(mapping.id(), limit).stream()
                .map(receipt -> {
                    Optional<IssuedCredential> credential = receipt.credentialId() == null
                            ? Optional.empty()
                            : credentials.find(new CredentialId(receipt.credentialId()));
                    return new RecentEvent(
                            receipt.id(),
                            receipt.receivedAt(),
                            receipt.status(),
                            receipt.eventId(),
                            receipt.credentialId(),
                            credential.map(IssuedCredential::recipientEmail).orElse(null),
                            credential.map(IssuedCredential::recipientName).orElse(null),
                            receipt.reason(),
                            receipt.message());
                })
                .toList();
    }

    /** What {@code event} would do through the mapping, issuing nothing. */
    Preview preview(HookMapping mapping, JsonNode event) {
        Reading reading = reader.read(mapping, event);
        UUID earlier = reading.eventId() == null
                ? null
                : events.credentialOf(mapping.id(), reading.eventId()).orElse(null);
        return new Preview(mapping, reading, earlier);
    }

    /** Now, to the microsecond PostgreSQL keeps: what the API answers is what it reads back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The settings a draft describes.
     *
     * @throws Invalid naming every wrong value
     */
    HookMapping.Settings check(UUID organizationId, Draft draft) {
        List<Violation> violations = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            violations.add(new Violation("name", "name-required", "is required"));
        } else if (name.length() > MAX_NAME) {
            violations.add(new Violation("name", "name-long", "must be at most " + MAX_NAME + " characters"));
        }
        UUID achievement = achievement(organizationId, draft.achievementId(), violations);
        Pointer eventId = pointer("pointers.eventId", draft.eventId(), true, violations);
        Pointer email = pointer("pointers.recipientEmail", draft.recipientEmail(), true, violations);
        Pointer recipientName = pointer("pointers.recipientName", draft.recipientName(), false, violations);
        Pointer narrative = pointer("pointers.narrative", draft.narrative(), false, violations);
        Pointer evidence = pointer("pointers.evidence", draft.evidence(), false, violations);
        Pointer issuedOn = pointer("pointers.issuedOn", draft.issuedOn(), false, violations);
        HookMapping.Condition condition = condition(draft, violations);
        ProofFormat format = null;
        if (draft.format() != null && !draft.format().isBlank()) {
            if (draft.format().strip().matches("di|jwt")) {
                format = ProofFormat.parse(draft.format());
            } else {
                violations.add(new Violation("format", "format-invalid", "must be di or jwt"));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        return new HookMapping.Settings(
                name,
                achievement,
                new HookMapping.Pointers(eventId, email, recipientName, narrative, evidence, issuedOn),
                condition,
                format,
                draft.enabled() == null || draft.enabled());
    }

    private UUID achievement(UUID organizationId, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation("achievementId", "achievement-required", "is required"));
            return null;
        }
        try {
            UUID id = UUID.fromString(text.strip());
            if (badges.find(new BadgeId(id))
                    .filter(badge -> badge.organizationId().value().equals(organizationId))
                    .isPresent()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // not an id: refused below, as an unknown one is
        }
        violations.add(new Violation("achievementId", "achievement-unknown", "is no achievement of this organization"));
        return null;
    }

    private static Pointer pointer(String field, String text, boolean required, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "pointer-required", "is required"));
            }
            return null;
        }
        String problem = Pointer.problem(text.strip());
        if (problem != null) {
            violations.add(new Violation(field, "pointer-invalid", problem));
            return null;
        }
        return new Pointer(text.strip());
    }

    private static HookMapping.Condition condition(Draft draft, List<Violation> violations) {
        boolean hasPointer =
                draft.conditionPointer() != null && !draft.conditionPointer().isBlank();
        boolean hasValue =
                draft.conditionEquals() != null && !draft.conditionEquals().isEmpty();
        if (!hasPointer && !hasValue) {
            return null;
        }
        Pointer pointer = pointer("condition.pointer", draft.conditionPointer(), true, violations);
        if (!hasValue) {
            violations.add(new Violation("condition.equals", "condition-value-required", "is required"));
            return null;
        }
        if (draft.conditionEquals().length() > MAX_CONDITION_VALUE) {
            violations.add(new Violation(
                    "condition.equals",
                    "condition-value-long",
                    "must be at most " + MAX_CONDITION_VALUE + " characters"));
            return null;
        }
        return pointer == null ? null : new HookMapping.Condition(pointer, draft.conditionEquals());
    }
}
