package dev.laurel.credentials.ob2;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.util.List;

/** Reading verification reports in assertions. */
final class Reports {

    private Reports() {}

    static List<CheckId> failed(VerificationReport report) {
        return report.failures().stream().map(CheckResult::id).toList();
    }

    static String message(VerificationReport report, CheckId id) {
        return report.check(id).orElseThrow().message();
    }

    /** Every check with its status and message, for assertion descriptions. */
    static String describe(VerificationReport report) {
        StringBuilder text = new StringBuilder("report (" + report.format() + "):\n");
        report.checks().forEach(check -> text.append("  ")
                .append(check.status())
                .append(' ')
                .append(check.id())
                .append(": ")
                .append(check.message())
                .append('\n'));
        return text.toString();
    }
}
