package dev.laurel.server.verification;

import dev.laurel.credentials.json.Json;
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
    private final ReportModel reports;
    private final DataSize maxFileSize;
    private final DataSize maxTextSize;

    VerificationResponses(
            MessageSource messages,
            ReportModel reports,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxTextSize) {
        this.messages = messages;
        this.reports = reports;
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
        page.addAllObjects(reports.of(report, source, locale));
        page.addObject("text", text);
        return page;
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
