package dev.laurel.server.hooks;

import dev.laurel.server.issuing.Issuance;
import java.time.LocalDate;
import java.util.List;

/**
 * What a mapping reads from one event: whether it meets the condition, the event's id, the issuance it asks for, and
 * every value that is wrong (each named by the mapping field and its pointer).
 *
 * @param conditionMet true when the mapping has no condition or the event meets it
 * @param eventId the external event id, or null when it is missing or invalid
 * @param recipientEmail the earner's address as read, or null
 * @param recipientName the earner's name: read, or the address's local part when the event has none
 * @param narrative how it was earned, or null
 * @param evidence evidence URLs, possibly none
 * @param issuedOn the date it was earned, or null for today
 * @param faults what is wrong, in the order of the mapping's fields; empty when the event can be issued for
 */
record Reading(
        boolean conditionMet,
        String eventId,
        String recipientEmail,
        String recipientName,
        String narrative,
        List<String> evidence,
        LocalDate issuedOn,
        List<EventFault.At> faults) {

    Reading {
        evidence = List.copyOf(evidence);
        faults = List.copyOf(faults);
    }

    /** True when the event meets the condition and every value is right. */
    boolean issuable() {
        return conditionMet && faults.isEmpty();
    }

    /** The earner this event names and what they earned; only when {@link #issuable()}. */
    Issuance.Recipient recipient() {
        if (!issuable()) {
            throw new IllegalStateException("this event cannot be issued for: " + faults);
        }
        return new Issuance.Recipient(recipientEmail, recipientName, issuedOn, null, narrative, evidence);
    }
}
