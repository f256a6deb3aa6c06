package dev.laurel.server.verification;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the template fragment {@code verification/report :: report} needs to show a verification report as {@code
 * /verify} shows it — the verdict sentence, the credential's summary, every check — for {@code /verify} itself and
 * for any module that shows a report of the same verification (a presentation from a wallet). Thread-safe.
 */
@Component
public class ReportModel {

    private final Verdicts verdicts;

    ReportModel(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    /**
     * The model attributes for {@code report}.
     *
     * @param source what was checked, for the line "Checked: …" (a file name), or null for "pasted text"
     */
    public Map<String, Object> of(VerificationReport report, String source, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put(
                "unreadable",
                report.check(CheckId.FORMAT)
                        .map(format -> format instanceof CheckResult.Failed)
                        .orElse(false));
        CredentialSummary summary = CredentialSummary.of(report);
        model.put("summary", summary);
        model.put(
                "issuedDay",
                summary == null || summary.issued() == null ? null : Verdicts.day(summary.issued(), locale));
        model.put("signatureHolds", signatureHolds(report));
        model.put("verdict", verdicts.sentence(report, locale));
        model.put("source", source);
        return model;
    }

    /**
     * True when what the credential says is what its issuer signed: it was read, its proof holds and the issuer
     * controls the key, whatever else failed (revoked, expired).
     */
    private static boolean signatureHolds(VerificationReport report) {
        return report.checks().stream()
                        .filter(check -> check.id() == CheckId.FORMAT
                                || check.id() == CheckId.PROOF
                                || check.id() == CheckId.ISSUER)
                        .noneMatch(check -> check instanceof CheckResult.Failed)
                && report.checks(CheckId.PROOF).stream().anyMatch(check -> check instanceof CheckResult.Passed);
    }
}
