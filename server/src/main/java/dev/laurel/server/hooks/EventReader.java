package dev.laurel.server.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.platform.WebIri;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads an event through a mapping's pointers into a {@link Reading}, collecting every wrong value rather than
 * stopping at the first. Required values (event id, address) must be there; optional ones may be absent, but when
 * present they must be right.
 */
@Component
class EventReader {

    static final int MAX_EVENT_ID = 255;
    static final int MAX_EMAIL = 254;
    static final int MAX_NAME = 200;
    static final int MAX_NARRATIVE = 4000;
    static final int MAX_EVIDENCE = 20;
    static final int MAX_URL = 1000;

    /** The address as the API's issue request checks it. */
    record Address(@Email String email) {}

    private final Validator validator;
    private final Clock clock;

    EventReader(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    Reading read(HookMapping mapping, JsonNode event) {
        HookMapping.Pointers pointers = mapping.pointers();
        List<EventFault.At> faults = new ArrayList<>();
        boolean met = mapping.condition() == null || meets(mapping.condition(), event);
        String eventId = eventId(pointers.eventId(), event, faults);
        String email = email(pointers.recipientEmail(), event, faults);
        String name = text(pointers.recipientName(), "recipientName", MAX_NAME, event, faults);
        if (name == null && email != null) {
            name = email.substring(0, email.indexOf('@'));
        }
        String narrative = text(pointers.narrative(), "narrative", MAX_NARRATIVE, event, faults);
        List<String> evidence = evidence(pointers.evidence(), event, faults);
        LocalDate issuedOn = date(pointers.issuedOn(), event, faults);
        return new Reading(met, eventId, email, name, narrative, evidence, issuedOn, faults);
    }

    /** The condition holds when the value there is a string, number or boolean whose text is the expected one. */
    static boolean meets(HookMapping.Condition condition, JsonNode event) {
        JsonNode value = condition.pointer().in(event);
        return value.isValueNode() && !value.isNull() && value.asText().equals(condition.equals());
    }

    private static String eventId(Pointer pointer, JsonNode event, List<EventFault.At> faults) {
        JsonNode value = pointer.in(event);
        if (absent(value)) {
            faults.add(new EventFault.At(
                    EventFault.POINTER_MISSING, "eventId", pointer, "the event has no id at " + pointer));
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            faults.add(new EventFault.At(
                    EventFault.VALUE_INVALID,
                    "eventId",
                    pointer,
                    "the event id at " + pointer + " must be a string or an integer"));
            return null;
        }
        String id = value.asText().strip();
        if (id.length() > MAX_EVENT_ID) {
            faults.add(new EventFault.At(
                    EventFault.VALUE_INVALID,
                    "eventId",
                    pointer,
                    "the event id at " + pointer + " is longer than " + MAX_EVENT_ID + " characters"));
            return null;
        }
        return id;
    }

    private String email(Pointer pointer, JsonNode event, List<EventFault.At> faults) {
        JsonNode value = pointer.in(event);
        if (absent(value)) {
            faults.add(new EventFault.At(
                    EventFault.POINTER_MISSING,
                    "recipientEmail",
                    pointer,
                    "the event has no recipient email address at " + pointer));
            return null;
        }
        String email = value.isTextual() ? value.asText().strip() : null;
        if (email == null
                || email.length() > MAX_EMAIL
                || email.indexOf('@') < 1
                || !validator.validateValue(Address.class, "email", email).isEmpty()) {
            faults.add(new EventFault.At(
                    EventFault.EMAIL_INVALID,
                    "recipientEmail",
                    pointer,
                    "the value at " + pointer + " is not an email address"));
            return null;
        }
        return email;
    }

    /** Optional text: null when the pointer is not set or the event has nothing there. */
    private static String text(Pointer pointer, String field, int max, JsonNode event, List<EventFault.At> faults) {
        if (pointer == null) {
            return null;
        }
        JsonNode value = pointer.in(event);
        if (absent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            faults.add(new EventFault.At(
                    EventFault.VALUE_INVALID, field, pointer, "the value at " + pointer + " must be a string"));
            return null;
        }
        String text = value.asText().strip();
        if (text.length() > max) {
            faults.add(new EventFault.At(
                    EventFault.VALUE_INVALID,
                    field,
                    pointer,
                    "the value at " + pointer + " is longer than " + max + " characters"));
            return null;
        }
        return text;
    }

    private static List<String> evidence(Pointer pointer, JsonNode event, List<EventFault.At> faults) {
        if (pointer == null) {
            return List.of();
        }
        JsonNode value = pointer.in(event);
        if (absent(value)) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode item : items) {
            String url = item.isTextual() ? item.asText().strip() : "";
            if (url.length() > MAX_URL || !WebIri.isValid(url)) {
                urls = null;
                break;
            }
            urls.add(url);
        }
        if (urls == null || urls.size() > MAX_EVIDENCE) {
            faults.add(new EventFault.At(
                    EventFault.EVIDENCE_INVALID,
                    "evidence",
                    pointer,
                    "the value at " + pointer + " must be an http(s) URL, or an array of at most " + MAX_EVIDENCE
                            + " of them"));
            return List.of();
        }
        return urls;
    }

    /** {@code YYYY-MM-DD}, an RFC 3339 date-time (its date as written), or Unix time in seconds (its UTC date). */
    private LocalDate date(Pointer pointer, JsonNode event, List<EventFault.At> faults) {
        if (pointer == null) {
            return null;
        }
        JsonNode value = pointer.in(event);
        if (absent(value)) {
            return null;
        }
        LocalDate date = null;
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                date = LocalDate.ofInstant(Instant.ofEpochSecond(value.asLong()), ZoneOffset.UTC);
            } else if (value.isTextual()) {
                String text = value.asText().strip();
                date = text.length() == 10
                        ? LocalDate.parse(text)
                        : OffsetDateTime.parse(text).toLocalDate();
            }
        } catch (DateTimeException e) {
            date = null;
        }
        LocalDate latest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        if (date == null || date.isAfter(latest) || date.getYear() < 1900) {
            faults.add(new EventFault.At(
                    EventFault.DATE_INVALID,
                    "issuedOn",
                    pointer,
                    "the value at " + pointer + " must be a date (YYYY-MM-DD), an RFC 3339 date-time or Unix time"
                            + " in seconds, not in the future"));
            return null;
        }
        return date;
    }

    /** Missing, JSON null, or an empty or blank string. */
    private static boolean absent(JsonNode value) {
        return value.isMissingNode()
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank());
    }
}
