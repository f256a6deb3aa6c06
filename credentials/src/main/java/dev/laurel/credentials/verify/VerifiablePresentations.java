package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.ArrayList;
import java.util.List;

/** The credentials a presentation carries, and the one check that sums up their reports. */
final class VerifiablePresentations {

    private VerifiablePresentations() {}

    /** The {@code verifiableCredential} values: one object, or each element of an array. */
    static List<JsonNode> credentials(ObjectNode presentation) {
        JsonNode carried = presentation.get("verifiableCredential");
        List<JsonNode> credentials = new ArrayList<>();
        if (carried == null) {
            return credentials;
        }
        if (carried.isArray()) {
            carried.forEach(credentials::add);
        } else {
            credentials.add(carried);
        }
        return credentials;
    }

    /** Passed when every credential verified; failed naming the first failure of each one that did not. */
    static CheckResult summary(List<VerificationReport> reports) {
        if (reports.isEmpty()) {
            return CheckResult.skipped(CheckId.CREDENTIALS, "the presentation carries no credentials");
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            VerificationReport report = reports.get(i);
            if (!report.verified()) {
                CheckResult first = report.failures().get(0);
                failures.add("verifiableCredential[" + i + "] does not verify (" + first.id() + ": " + first.message()
                        + ")");
            }
        }
        if (!failures.isEmpty()) {
            return CheckResult.failed(CheckId.CREDENTIALS, Reason.CREDENTIALS_INVALID, String.join("; ", failures));
        }
        return CheckResult.passed(
                CheckId.CREDENTIALS,
                reports.size() == 1
                        ? "the credential it carries verifies"
                        : "the " + reports.size() + " credentials it carries verify");
    }
}
