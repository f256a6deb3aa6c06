package dev.laurel.server.verification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * A verification refused for its client's rate ({@link VerificationRate}): on {@code /verify} the page with the
 * message, or the problem {@code verify.rate-limited}; elsewhere (the credential page's live check) a page saying
 * when to try again, or the same problem for API clients. 429 with {@code Retry-After} either way.
 */
@ControllerAdvice
class RateLimitedAnswer {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final VerificationResponses responses;

    RateLimitedAnswer(VerificationResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(VerificationRate.Exceeded.class)
    Object exceeded(VerificationRate.Exceeded exceeded, HttpServletRequest request, Locale locale) {
        boolean json = Negotiation.prefersJson(request.getHeader(HttpHeaders.ACCEPT));
        String seconds = String.valueOf(exceeded.retryAfterSeconds());
        Submission.Refused refused = new Submission.Refused(VerificationProblem.RATE_LIMITED, seconds);
        if (json || "/verify".equals(PATHS.getPathWithinApplication(request))) {
            return responses.refused(refused, null, json, locale);
        }
        ModelAndView page = new ModelAndView("verification/rate-limited");
        page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("seconds", exceeded.retryAfterSeconds());
        return page;
    }
}
