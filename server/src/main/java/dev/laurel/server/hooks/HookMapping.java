package dev.laurel.server.hooks;

import dev.laurel.server.signing.ProofFormat;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How one kind of external event becomes a credential: which badge, and where in the event's JSON the event's own id,
 * the recipient and the rest are.
 *
 * @param id the mapping's id, the last segment of its hook URL
 * @param organizationId whose mapping it is
 * @param name what its owner called it, e.g. "Moodle: Safety course"
 * @param achievementId the badge it issues, of the same organization
 * @param pointers where the values are in the event
 * @param condition which events issue; null for every event
 * @param format the proof format, or null for the badge's
 * @param enabled false while paused: events are refused with 409
 * @param createdAt when it was made
 * @param updatedAt when it last changed
 */
record HookMapping(
        UUID id,
        UUID organizationId,
        String name,
        UUID achievementId,
        Pointers pointers,
        Condition condition,
        ProofFormat format,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    /** Where the values are: the event id and the recipient's address always, the others when the event has them. */
    record Pointers(
            Pointer eventId,
            Pointer recipientEmail,
            Pointer recipientName,
            Pointer narrative,
            Pointer evidence,
            Pointer issuedOn) {

        Pointers {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(recipientEmail, "recipientEmail");
        }
    }

    /** Events issue only when the value at {@code pointer} is {@code equals} (a string, number or boolean as text). */
    record Condition(Pointer pointer, String equals) {

        Condition {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(equals, "equals");
        }
    }

    /** What may be set: everything but the id, the organization and the times. */
    record Settings(
            String name,
            UUID achievementId,
            Pointers pointers,
            Condition condition,
            ProofFormat format,
            boolean enabled) {}

    /** A new mapping of {@code organizationId}. */
    static HookMapping of(UUID organizationId, Settings settings, Instant now) {
        return new HookMapping(
                UUID.randomUUID(),
                organizationId,
                settings.name(),
                settings.achievementId(),
                settings.pointers(),
                settings.condition(),
                settings.format(),
                settings.enabled(),
                now,
                now);
    }

    /** This mapping with {@code settings}, changed at {@code now}. */
    HookMapping with(Settings settings, Instant now) {
        return new HookMapping(
                id,
                organizationId,
                settings.name(),
                settings.achievementId(),
                settings.pointers(),
                settings.condition(),
                settings.format(),
                settings.enabled(),
                createdAt,
                now);
    }

    Settings settings() {
        return new Settings(name, achievementId, pointers, condition, format, enabled);
    }
}
