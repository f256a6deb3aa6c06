package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.time.Instant;
import java.util.Optional;

/** Against the injected clock: the assertion was issued ({@code issuedOn}) and has not expired ({@code expires}). */
final class TimeCheck implements AssertionCheck {

    private final boolean issuedOn;

    private TimeCheck(boolean issuedOn) {
        this.issuedOn = issuedOn;
    }

    static TimeCheck issuedOn() {
        return new TimeCheck(true);
    }

    static TimeCheck expires() {
        return new TimeCheck(false);
    }

    @Override
    public CheckId id() {
        return issuedOn ? CheckId.VALID_FROM : CheckId.VALID_UNTIL;
    }

    @Override
    public CheckResult run(AssertionContext context) {
        if (context.revoked()) {
            return CheckResult.skipped(id(), "a revoked assertion need only carry its id and revoked");
        }
        String property = issuedOn ? "issuedOn" : "expires";
        JsonNode value = context.assertion().get(property);
        if (value == null || value.isNull()) {
            return issuedOn
                    ? CheckResult.skipped(id(), "the assertion has no issuedOn")
                    : CheckResult.passed(id(), "the assertion does not expire");
        }
        Optional<Instant> instant = DateTimes.parse(value);
        if (instant.isEmpty()) {
            return CheckResult.failed(
                    id(),
                    issuedOn ? Reason.VALID_FROM_MALFORMED : Reason.VALID_UNTIL_MALFORMED,
                    property + " is not an ISO 8601 date-time with a time zone: " + Nodes.describe(value));
        }
        Instant now = context.now();
        if (issuedOn) {
            return now.isBefore(instant.get())
                    ? CheckResult.failed(
                            id(),
                            Reason.VALID_FROM_NOT_YET_VALID,
                            "issued in the future: issuedOn is " + value.asText() + ", now is " + now)
                    : CheckResult.passed(id(), "issued on " + value.asText());
        }
        return now.isAfter(instant.get())
                ? CheckResult.failed(
                        id(), Reason.VALID_UNTIL_EXPIRED, "expired on " + value.asText() + " (now is " + now + ")")
                : CheckResult.passed(id(), "expires on " + value.asText());
    }
}
