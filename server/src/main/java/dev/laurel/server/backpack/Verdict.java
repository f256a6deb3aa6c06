package dev.laurel.server.backpack;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What a verification report says of an imported credential's standing with its issuer: the one place reading it. */
sealed interface Verdict {

    /**
     * The report settles the standing: {@link Standing#ACTIVE} when it verifies (an expiry alone does not count, the
     * backpack shows it from the dates), {@link Standing#REVOKED} or {@link Standing#SUSPENDED} when the issuer says so.
     */
    record Conclusive(Standing standing) implements Verdict {}

    /** The report settles nothing (a site could not be reached, a list not read): the last conclusive one stands. */
    record Inconclusive(String problem) implements Verdict {}

    static Verdict of(VerificationReport report) {
        if (report.check(CheckId.STATUS).orElse(null) instanceof CheckResult.Failed failed) {
            List<String> parts = Arrays.asList(failed.message().split("; "));
            if (parts.stream().anyMatch(p -> p.startsWith("revoked by the issuer") || p.startsWith("revoked: "))) {
                return new Conclusive(Standing.REVOKED);
            }
            if (parts.stream().anyMatch(p -> p.startsWith("suspended by the issuer"))) {
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
