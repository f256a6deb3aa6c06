package dev.laurel.server.apikeys;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!machinePath(request)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(mediaType(request))
                .body(Problems.of(
                        HttpStatus.NOT_FOUND,
                        "api.not-found",
                        "Not found",
                        "No endpoint at " + request.getRequestURI()
                                + "; the OpenAPI document at /v3/api-docs lists them."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
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
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .header(HttpHeaders.ALLOW, allowed)
                .contentType(mediaType(request))
                .body(Problems.of(
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "api.method-not-allowed",
                        "Method not allowed",
                        request.getRequestURI() + " does not take " + e.getMethod()
                                + (allowed.isEmpty() ? "" : "; it takes " + allowed) + "."));
    }

    private static boolean machinePath(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/api/") || path.startsWith("/vc-api/");
    }

    /** VCALM answers everything, problems included, as {@code application/json}; the management API as RFC 9457. */
    private static MediaType mediaType(HttpServletRequest request) {
        return path(request).startsWith("/vc-api/") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
