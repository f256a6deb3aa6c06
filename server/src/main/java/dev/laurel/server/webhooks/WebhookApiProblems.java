package dev.laurel.server.webhooks;

import dev.laurel.server.apikeys.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The webhook API's failures as RFC 9457 problems with stable codes: an invalid request is 400 (409 for {@code
 * webhook.too-many-endpoints}) with the field at fault in {@code field}; unknown ids are 404.
 */
@RestControllerAdvice(assignableTypes = WebhookApiController.class)
class WebhookApiProblems {

    /** A failure with its status and code, thrown by the controller. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final HttpStatus status;
        private final String code;
        private final String title;

        Problem(HttpStatus status, String code, String title, String detail) {
            super(detail);
            this.status = status;
            this.code = code;
            this.title = title;
        }
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem e) {
        return respond(Problems.of(e.status, e.code, e.title, e.getMessage()));
    }

    @ExceptionHandler(Invalid.Exception.class)
    ResponseEntity<ProblemDetail> invalid(Invalid.Exception e) {
        HttpStatus status = e.reason() == Invalid.TOO_MANY_ENDPOINTS ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = Problems.of(status, e.reason().code(), "Invalid webhook request", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return respond(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
