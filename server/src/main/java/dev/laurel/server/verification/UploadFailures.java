package dev.laurel.server.verification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.UrlPathHelper;

/**
 * A {@code POST /verify} whose multipart body fails before any controller runs — a file over the upload limit, a
 * broken or cut-off body — gets the page or the problem document like any other bad input, never an error page. Failures of
 * other uploads are left to the default handling (the exception is rethrown, which Spring MVC treats as "not
 * handled").
 */
@ControllerAdvice
class UploadFailures {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final VerificationResponses responses;

    UploadFailures(VerificationResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException failure, HttpServletRequest request, Locale locale) throws MultipartException {
        if (!"/verify".equals(PATHS.getPathWithinApplication(request))) {
            throw failure;
        }
        CutOffBody.note(failure);
        VerificationProblem problem = failure instanceof MaxUploadSizeExceededException
                ? VerificationProblem.TOO_LARGE
                : VerificationProblem.UNREADABLE_FILE;
        return responses.refused(
                new Submission.Refused(problem, null),
                null,
                Negotiation.prefersJson(request.getHeader(HttpHeaders.ACCEPT)),
                locale);
    }
}
