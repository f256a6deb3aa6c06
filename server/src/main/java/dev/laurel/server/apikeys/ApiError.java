package dev.laurel.server.apikeys;

import dev.laurel.server.platform.ErrorCode;
import dev.laurel.server.platform.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The error codes every machine API under {@code /api/} shares (the management API, hooks, webhooks), answered as RFC
 * 9457 problems by the one mapper, {@code platform.Problems}: {@code type} is {@code
 * https://laurel.dev/problems/api/…} and {@code code} the code itself.
 */
public enum ApiError implements ErrorCode {
    /** No valid, unrevoked API key. */
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "api.unauthenticated", "Not authenticated"),
    /** Refused by the security rules. */
    FORBIDDEN(HttpStatus.FORBIDDEN, "api.forbidden", "Not allowed"),
    /** The key lacks the scope the request needs. */
    SCOPE(HttpStatus.FORBIDDEN, "api.scope", "Missing scope"),
    /** No such endpoint, or no such resource in the key's organization. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "api.not-found", "Not found"),
    /** The endpoint does not take the method. */
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "api.method-not-allowed", "Method not allowed"),
    /** Fields of the request are wrong, every one named in {@code errors}. */
    VALIDATION(HttpStatus.BAD_REQUEST, "api.validation", "Invalid request"),
    /** The body is not JSON. */
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "api.malformed-json", "Malformed JSON"),
    /** The request does not fit the resource's state. */
    CONFLICT(HttpStatus.CONFLICT, "api.conflict", "Conflict"),
    /** The body is not {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.unsupported-media-type", "Unsupported media type"),
    /** The client accepts nothing the API answers. */
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "api.not-acceptable", "Not acceptable"),
    /** The body is larger than the API takes. */
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "api.payload-too-large", "Request too large"),
    /** The key made more requests than its limit; {@code Retry-After} says when to try again. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "api.rate-limited", "Too many requests");

    private final HttpStatus status;
    private final String code;
    private final String title;

    ApiError(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    /**
     * A field that is wrong, named as the request writes it ({@code recipient.email}, {@code alignments[0].url}); in a
     * bulk request also the row (the CSV's spreadsheet row, or the JSON array's index) and the stable code.
     */
    public record Violation(String field, String message, Integer row, String code) {

        public Violation(String field, String message) {
            this(field, message, null, null);
        }

        /** As an entry of a problem's {@code errors}: {@code row}, {@code field}, {@code code}, {@code message}. */
        Map<String, Object> member() {
            Map<String, Object> error = new LinkedHashMap<>();
            if (row != null) {
                error.put("row", row);
            }
            error.put("field", field);
            if (code != null) {
                error.put("code", code);
            }
            error.put("message", String.valueOf(message));
            return error;
        }
    }

    /** {@code api.not-found} for an id the key's organization does not have. */
    public static Problem notFound(String what) {
        return NOT_FOUND.problem("This organization has no such " + what + ".");
    }

    /** {@code api.validation} for one wrong field. */
    public static Problem invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    /** {@code api.validation} naming every wrong field in {@code errors}, the first in the detail. */
    public static Problem invalid(List<Violation> violations) {
        return invalidRows(
                violations.size() == 1
                        ? violations.getFirst().field() + ": "
                                + violations.getFirst().message()
                        : violations.size() + " fields are invalid.",
                violations);
    }

    /** {@code api.validation} with its own detail: a bulk request's rows with problems, the first of them in errors. */
    public static Problem invalidRows(String detail, List<Violation> violations) {
        Problem problem = VALIDATION.problem(detail);
        return violations.isEmpty()
                ? problem
                : problem.with(
                        "errors", violations.stream().map(Violation::member).toList());
    }

    /**
     * A body Spring could not read: {@code api.validation} naming the field whose JSON value has the wrong type or
     * form, or {@code api.malformed-json}; the detail never names a Java type.
     */
    public static Problem unreadable(HttpMessageNotReadableException e) {
        Optional<Problem> behind = Problem.behind(e);
        if (behind.isPresent()) {
            return behind.get();
        }
        if (e.getCause() instanceof DatabindException mapping) {
            return mapping.getPath().isEmpty()
                    ? MALFORMED_JSON.problem("The body has the wrong JSON type: send a JSON object.")
                    : invalid(path(mapping.getPath()), "has the wrong type or form");
        }
        return MALFORMED_JSON.problem(
                e.getCause() instanceof JacksonException json
                        ? "The body is not valid JSON: " + json.getOriginalMessage()
                        : "The request needs a JSON body.");
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
