package dev.laurel.server.api;

import dev.laurel.server.apikeys.ApiClient;
import dev.laurel.server.apikeys.Problems;
import dev.laurel.server.bulk.BulkJobs;
import dev.laurel.server.issuing.BadgeDesigns;
import dev.laurel.server.issuing.CredentialStates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The API's failures as RFC 9457 problems with stable codes, for the controllers of this package only: {@code
 * api.validation} (with every wrong field named in {@code errors}), {@code api.malformed-json}, {@code api.not-found},
 * {@code api.conflict}, {@code api.idempotency-mismatch}, {@code api.unsupported-media-type}, {@code
 * api.not-acceptable}, {@code api.scope}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.title(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", errors(e.errors()));
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<ApiProblem.Violation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new ApiProblem.Violation(field(error.getField()), error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> violations.add(new ApiProblem.Violation("", error.getDefaultMessage())));
        violations.sort(java.util.Comparator.comparing(ApiProblem.Violation::field));
        return problem(ApiProblem.invalid(violations));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<ApiProblem.Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> violations.add(new ApiProblem.Violation(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return problem(ApiProblem.invalid(violations));
    }

    /** Unreadable JSON, or JSON whose value has the wrong type for its field (named, as validation names it). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException mapping
                && !mapping.getPath().isEmpty()) {
            return problem(ApiProblem.invalid(path(mapping.getPath()), "has the wrong type or form"));
        }
        String detail = e.getCause() instanceof JacksonException json
                ? "The body is not valid JSON: " + json.getOriginalMessage()
                : "The request needs a JSON body.";
        return respond(HttpStatus.BAD_REQUEST, "api.malformed-json", "Malformed JSON", detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(ApiProblem.notFound("resource"));
        }
        return problem(ApiProblem.invalid(e.getName(), "is not a valid value"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(ApiProblem.invalid(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(ApiProblem.invalid(e.getHeaderName(), "is required"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
        return respond(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "api.unsupported-media-type",
                "Unsupported media type",
                "Send the body as application/json.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(
                HttpStatus.NOT_ACCEPTABLE, "api.not-acceptable", "Not acceptable", "The API answers application/json.");
    }

    /** Issuing refuses what is not the key's organization's: to the API that is an unknown id. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(ApiProblem.notFound("resource"));
    }

    @ExceptionHandler(BadgeDesigns.InUseException.class)
    ResponseEntity<ProblemDetail> inUse(BadgeDesigns.InUseException e) {
        return problem(ApiProblem.conflict(
                "Credentials were issued for this achievement, so it cannot be deleted; they name it."));
    }

    @ExceptionHandler(CredentialStates.NotAllowedException.class)
    ResponseEntity<ProblemDetail> wrongState(CredentialStates.NotAllowedException e) {
        return problem(ApiProblem.conflict("Not possible in the credential's state: " + e.getMessage() + "."));
    }

    @ExceptionHandler(BulkJobs.RefusedException.class)
    ResponseEntity<ProblemDetail> bulkRefused(BulkJobs.RefusedException e) {
        return problem(ApiProblem.conflict(e.getMessage()));
    }

    @ExceptionHandler(BulkJobs.IdempotencyMismatchException.class)
    ResponseEntity<ProblemDetail> bulkIdempotency(BulkJobs.IdempotencyMismatchException e) {
        return problem(ApiProblem.idempotencyMismatch());
    }

    @ExceptionHandler(ApiClient.MissingScopeException.class)
    ResponseEntity<ProblemDetail> missingScope(ApiClient.MissingScopeException e) {
        return respond(HttpStatus.FORBIDDEN, "api.scope", "Missing scope", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, code, title, detail));
    }

    private static List<Map<String, Object>> errors(List<ApiProblem.Violation> violations) {
        return violations.stream()
                .map(v -> {
                    Map<String, Object> error = new java.util.LinkedHashMap<>();
                    if (v.row() != null) {
                        error.put("row", v.row());
                    }
                    error.put("field", v.field());
                    if (v.code() != null) {
                        error.put("code", v.code());
                    }
                    error.put("message", String.valueOf(v.message()));
                    return error;
                })
                .toList();
    }

    /** {@code evidence[0].<list element>} as {@code evidence[0]}. */
    private static String field(String field) {
        return field.replace(".<list element>", "").replace("<list element>", "");
    }

    /** A JSON path as the request writes it: {@code recipient.email}, {@code alignments[0].url}. */
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
