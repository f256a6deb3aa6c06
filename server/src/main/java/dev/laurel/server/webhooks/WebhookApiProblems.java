package dev.laurel.server.webhooks;

import dev.laurel.server.platform.Problem;
import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The webhook API's invalid requests as problems, written by the one mapper ({@link Problems}): 400 (409 for {@code
 * webhook.too-many-endpoints}) with the field at fault in {@code field}; the controller throws {@link WebhookError}'s
 * problems itself.
 */
@RestControllerAdvice(assignableTypes = WebhookApiController.class)
class WebhookApiProblems {

    @ExceptionHandler(Invalid.Exception.class)
    ResponseEntity<?> invalid(Invalid.Exception e, HttpServletRequest request) {
        Problem problem = e.reason().problem(e.getMessage());
        return Problems.answer(e.field() == null ? problem : problem.with("field", e.field()), request);
    }
}
