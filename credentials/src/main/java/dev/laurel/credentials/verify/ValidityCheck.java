package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The validity period against the injected clock: not before {@code validFrom}, not after {@code validUntil}; in a VC
 * 1.1 credential, {@code issuanceDate} and {@code expirationDate}, which mean the same (VC Data Model 1.1 §4.6, §4.7).
 * A {@code validUntil} earlier than {@code validFrom} fails {@code valid-until} whatever the time ({@link
 * Reason#VALID_UNTIL_BEFORE_VALID_FROM}).
 */
final class ValidityCheck implements Check {

    private final boolean start;

    private ValidityCheck(boolean start) {
        this.start = start;
    }

    static ValidityCheck validFrom() {
        return new ValidityCheck(true);
    }

    static ValidityCheck validUntil() {
        return new ValidityCheck(false);
    }

    @Override
    public CheckId id() {
        return start ? CheckId.VALID_FROM : CheckId.VALID_UNTIL;
    }

    @Override
    public CheckResult run(VerificationContext context) {
        String property = start ? "validFrom" : "validUntil";
        JsonNode value = context.credential().get(property);
        if (value == null && context.isVcDataModel11()) {
            property = start ? "issuanceDate" : "expirationDate";
            value = context.credential().get(property);
        }
        // VC 1.1's issuanceDate and expirationDate mean what VC 2.0's validFrom and validUntil mean; say which was
        // read.
        String named = property.startsWith("valid") ? "" : " (" + property + ")";
        if (value == null) {
            return start
                    ? CheckResult.skipped(id(), "the credential has no " + property)
                    : CheckResult.passed(id(), "the credential does not expire");
        }
        Instant instant;
        try {
            instant = parse(value.asText());
        } catch (DateTimeParseException e) {
            return CheckResult.failed(
                    id(),
                    start ? Reason.VALID_FROM_MALFORMED : Reason.VALID_UNTIL_MALFORMED,
                    property + " is not a date-time: " + value.asText());
        }
        if (!start) {
            Optional<String> before = endsBeforeItStarts(context, property, instant);
            if (before.isPresent()) {
                return CheckResult.failed(id(), Reason.VALID_UNTIL_BEFORE_VALID_FROM, before.get());
            }
        }
        Instant now = context.now();
        if (start) {
            return now.isBefore(instant)
                    ? CheckResult.failed(
                            id(),
                            Reason.VALID_FROM_NOT_YET_VALID,
                            "not yet valid: valid from " + value.asText() + named + ", now is " + now)
                    : CheckResult.passed(id(), "valid since " + value.asText() + named);
        }
        return now.isAfter(instant)
                ? CheckResult.failed(id(), Reason.VALID_UNTIL_EXPIRED, "expired on " + value.asText() + named)
                : CheckResult.passed(id(), "valid until " + value.asText() + named);
    }

    /**
     * When the period ends before it starts (VC Data Model 2.0 §4.9: validFrom not later than validUntil), why; found
     * whatever the time. An unreadable start is the start's check to report.
     */
    private static Optional<String> endsBeforeItStarts(VerificationContext context, String property, Instant end) {
        String startProperty = property.equals("validUntil") ? "validFrom" : "issuanceDate";
        JsonNode start = context.credential().get(startProperty);
        if (start == null) {
            return Optional.empty();
        }
        try {
            return parse(start.asText()).isAfter(end)
                    ? Optional.of(
                            property + " " + context.credential().get(property).asText() + " is earlier than "
                                    + startProperty + " " + start.asText()
                                    + ": the validity period ends before it starts, so the credential is malformed")
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An xsd:dateTime: with an offset, or without one, read as UTC. */
    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }
}
