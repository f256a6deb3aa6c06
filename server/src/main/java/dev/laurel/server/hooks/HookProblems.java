package dev.laurel.server.hooks;

import dev.laurel.server.apikeys.Problems;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The hooks API's failures as RFC 9457 problems, with the management API's codes where the failure is the same
 * ({@code api.validation}, {@code api.malformed-json}, {@code api.not-found}, {@code api.unsupported-media-type}) and
 * {@code hook.*} codes for what only hooks have ({@link HookProblem}, {@link EventFault}).
 */
@RestControllerAdvice(assignableTypes = {HooksApi.class, HookMappingsApi.class})
class HookProblems {

    @ExceptionHandler(HookProblem.class)
    ResponseEntity<ProblemDetail> problem(HookProblem e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.title(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(Hooks.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(Hooks.Invalid e) {
        return problem(HookProblem.invalid(e.violations().stream()
                .map(v -> new HookProblem.Violation(v.field(), v.message()))
                .toList()));
    }

    /** A mapping's body that is not JSON, or has a value of the wrong type (named, as validation names it). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            return problem(HookProblem.invalid(
                    List.of(new HookProblem.Violation(path(mapping.getPath()), "has the wrong type or form"))));
        }
        return problem(HookProblem.malformed(
                e.getCause() instanceof JacksonException json
                        ? "The body is not valid JSON: " + json.getOriginalMessage()
                        : "The request needs a JSON body."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return problem(HookProblem.notFound("mapping"));
        }
        return problem(HookProblem.invalid(List.of(new HookProblem.Violation(e.getName(), "is not a valid value"))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return problem(HookProblem.invalid(List.of(new HookProblem.Violation(e.getParameterName(), "is required"))));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
        return respond(Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "api.unsupported-media-type",
                "Unsupported media type",
                "Send the body as application/json."));
    }

    /** Issuing refuses what is not the key's organization's: to the API that is an unknown id. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HookProblem.notFound("mapping"));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A JSON path as the request writes it: {@code pointers.recipientEmail}. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
