package dev.laurel.server.apikeys;

import dev.laurel.server.platform.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api/} or {@code /vc-api/} that no endpoint maps, or a method it does not take, answered as a
 * problem ({@code api.not-found}, {@code api.method-not-allowed} with {@code Allow}); any other path gets the web's own
 * error page, as before. Under {@code /vc-api/} the problem is sent as {@code application/json}, as VCALM requires.
 */
@RestControllerAdvice
class MachinePathProblems {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> notFound(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        if (!machinePath(request)) {
            throw e;
        }
        return Problems.answer(
                ApiError.NOT_FOUND.problem("No endpoint at " + request.getRequestURI()
                        + "; the OpenAPI document at /v3/api-docs lists them."),
                request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!machinePath(request)) {
            throw e;
        }
        String allowed = e.getSupportedHttpMethods() == null
                ? ""
                : e.getSupportedHttpMethods().stream()
                        .map(Object::toString)
                        .sorted()
                        .collect(Collectors.joining(", "));
        return Problems.answer(
                ApiError.METHOD_NOT_ALLOWED
                        .problem(request.getRequestURI() + " does not take " + e.getMethod()
                                + (allowed.isEmpty() ? "" : "; it takes " + allowed) + ".")
                        .header(HttpHeaders.ALLOW, allowed),
                request);
    }

    private static boolean machinePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/vc-api/");
    }
}
