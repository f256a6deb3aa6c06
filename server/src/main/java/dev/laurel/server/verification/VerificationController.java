package dev.laurel.server.verification;

import dev.laurel.credentials.http.HttpFetcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /verify}, open to everyone: the page to drop a file or paste a credential, JWT or URL; and {@code POST
 * /verify}, which answers the page, or the command line's JSON report when the request accepts JSON.
 */
@Controller
class VerificationController {

    private final CredentialVerification verification;
    private final VerificationResponses responses;
    private final HttpFetcher fetcher;

    VerificationController(CredentialVerification verification, VerificationResponses responses, HttpFetcher fetcher) {
        this.verification = verification;
        this.responses = responses;
        this.fetcher = fetcher;
    }

    @GetMapping("/verify")
    ModelAndView form() {
        return responses.page();
    }

    /** Returns the page ({@link ModelAndView}) or, for API clients, a {@code ResponseEntity} with JSON. */
    @PostMapping("/verify")
    Object verify(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "credential", required = false) String text,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            Locale locale) {
        boolean json = Negotiation.prefersJson(accept);
        return switch (Submission.read(file, text, fetcher)) {
            case Submission.Given given ->
                responses.report(verification.verify(given.bytes()), given.source(), text, json, locale);
            case Submission.Refused refused -> responses.refused(refused, text, json, locale);
        };
    }

    /**
     * A form body Tomcat will not parse, found when the parameters are first read: larger than the connector's form
     * limit (413), or malformed or cut off (400).
     */
    @ExceptionHandler(InvalidParameterException.class)
    Object unparseable(InvalidParameterException failure, HttpServletRequest request, Locale locale) {
        CutOffBody.note(failure);
        VerificationProblem problem =
                failure.getErrorCode() == 413 ? VerificationProblem.TOO_LARGE : VerificationProblem.MALFORMED_FORM;
        return responses.refused(
                new Submission.Refused(problem, null),
                null,
                Negotiation.prefersJson(request.getHeader(HttpHeaders.ACCEPT)),
                locale);
    }
}
