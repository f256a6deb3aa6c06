package dev.laurel.server.backpack;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a verification report says of an imported credential's standing with its issuer: the one place reading it. It
 * decides on the status check's reason codes, never on its message.
 */
sealed interface Verdict {

    /**
     * The report settles the standing: {@link Standing#ACTIVE} when it verifies (an expiry alone does not count, the
     * backpack shows it from the dates), {@link Standing#REVOKED} or {@link Standing#SUSPENDED} when the issuer says so.
     */
    record Conclusive(Standing standing) implements Verdict {}

    /** The report settles nothing (a site could not be reached, a list not read): the last conclusive one stands. */
    record Inconclusive(String problem) implements Verdict {}

    /**
     * {@link Reason#STATUS_REVOKED} anywhere in the status check's reasons is revoked, even beside a list that could
     * not be read; otherwise {@link Reason#STATUS_SUSPENDED} is suspended; otherwise any failure but {@code
     * valid-until} (e.g. {@link Reason#STATUS_UNREACHABLE}, an invalid proof, an unreachable site) settles nothing.
     */
    static Verdict of(VerificationReport report) {
        if (report.check(CheckId.STATUS).orElse(null) instanceof CheckResult.Failed status) {
            if (status.reasons().contains(Reason.STATUS_REVOKED)) {
                return new Conclusive(Standing.REVOKED);
            }
            if (status.reasons().contains(Reason.STATUS_SUSPENDED)) {
                return new Conclusive(Standing.SUSPENDED);
            }
        }
        List<CheckResult> failures = report.failures().stream()
                .filter(check -> check.id() != CheckId.VALID_UNTIL)
                .toList();
        if (failures.isEmpty()) {
            return new Conclusive(Standing.ACTIVE);
        }
        return new Inconclusive(
                failures.stream().map(c -> c.id() + ": " + c.message()).collect(Collectors.joining("; ")));
    }
}
