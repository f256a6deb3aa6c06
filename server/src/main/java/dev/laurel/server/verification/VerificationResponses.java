package dev.laurel.server.verification;

import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.platform.Problem;
import dev.laurel.server.platform.Problems;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answers of {@code /verify}: the page, with its report or its problem; or, for API clients, the command line's
 * JSON report (200, verified or not, readable or not) or an RFC 9457 problem with a stable {@code code}.
 */
@Component
class VerificationResponses {

    static final String VIEW = "verification/verify";

    private final MessageSource messages;
    private final Verdicts verdicts;
    private final DataSize maxFileSize;
    private final DataSize maxTextSize;

    VerificationResponses(
            MessageSource messages,
            Verdicts verdicts,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxTextSize) {
        this.messages = messages;
        this.verdicts = verdicts;
        this.maxFileSize = maxFileSize;
        this.maxTextSize = maxTextSize;
    }

    /** The empty form. */
    ModelAndView page() {
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("maxMegabytes", maxFileSize.toMegabytes());
        page.addObject("maxBytes", maxFileSize.toBytes());
        page.addObject("maxTextMegabytes", maxTextSize.toMegabytes());
        return page;
    }

    /** A report: the command line's JSON, or the page showing it. */
    Object report(VerificationReport report, String source, String text, boolean json, Locale locale) {
        if (json) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.writePretty(report.toJson()));
        }
        ModelAndView page = page();
        page.addObject("report", report);
        page.addObject(
                "unreadable",
                report.check(CheckId.FORMAT)
                        .map(format -> format instanceof CheckResult.Failed)
                        .orElse(false));
        CredentialSummary summary = CredentialSummary.of(report);
        page.addObject("summary", summary);
        page.addObject(
                "issuedDay",
                summary == null || summary.issued() == null ? null : Verdicts.day(summary.issued(), locale));
        page.addObject("signatureHolds", signatureHolds(report));
        page.addObject("verdict", verdicts.sentence(report, locale));
        page.addObject("source", source);
        page.addObject("text", text);
        return page;
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

    /** Why nothing was verified: a problem document, or the page with the message at the field concerned. */
    Object refused(Submission.Refused refused, String text, boolean json, Locale locale) {
        VerificationProblem problem = refused.problem();
        String title = messages.getMessage(problem.messageKey(), null, locale);
        String detail = messages.getMessage(
                problem.messageKey() + ".detail",
                new Object[] {
                    refused.detail() == null ? "" : refused.detail(),
                    maxFileSize.toMegabytes(),
                    maxTextSize.toMegabytes()
                },
                locale);
        if (json) {
            Problem answer = problem.problem(detail).titled(title);
            if (problem == VerificationProblem.TOO_LARGE) {
                answer = answer.with("maxFileBytes", maxFileSize.toBytes()).with("maxTextBytes", maxTextSize.toBytes());
            }
            return Problems.answer(answer);
        }
        ModelAndView page = page();
        page.setStatus(problem.status());
        page.addObject("problem", problem.code());
        page.addObject("problemTitle", title);
        page.addObject("problemField", field(problem));
        page.addObject("problemMessage", detail);
        page.addObject("text", text);
        return page;
    }

    /** The form field a problem is about, for aria-invalid: {@code file}, {@code credential}, or null for both. */
    private static String field(VerificationProblem problem) {
        return switch (problem) {
            case EMPTY_FILE, TOO_LARGE, UNREADABLE_FILE -> "file";
            case URL_NOT_FETCHED -> "credential";
            case NO_INPUT, BOTH_INPUTS, MALFORMED_FORM, RATE_LIMITED -> null;
        };
    }
}
