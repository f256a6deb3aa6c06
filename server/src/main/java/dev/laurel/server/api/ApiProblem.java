package dev.laurel.server.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with its stable code: thrown by the controllers, answered as a problem by {@link
 * ApiProblems}.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A field that is wrong, named as the request writes it ({@code recipient.email}, {@code alignments[0].url}); in a
     * bulk request also the row (the CSV's spreadsheet row, or the JSON array's index) and the stable code.
     */
    record Violation(String field, String message, Integer row, String code) {
        Violation(String field, String message) {
            this(field, message, null, null);
        }
    }

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final transient List<Violation> errors;

    private ApiProblem(HttpStatus status, String code, String title, String detail, List<Violation> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    static ApiProblem notFound(String what) {
        return new ApiProblem(
                HttpStatus.NOT_FOUND,
                "api.not-found",
                "Not found",
                "This organization has no such " + what + ".",
                List.of());
    }

    static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "api.conflict", "Conflict", detail, List.of());
    }

    static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    static ApiProblem invalid(List<Violation> errors) {
        return new ApiProblem(
                HttpStatus.BAD_REQUEST,
                "api.validation",
                "Invalid request",
                errors.size() == 1
                        ? errors.getFirst().field() + ": " + errors.getFirst().message()
                        : errors.size() + " fields are invalid.",
                errors);
    }

    /** A bulk request with rows that have problems: the first of them in errors, how many in the detail. */
    static ApiProblem invalidRows(String detail, List<Violation> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "api.validation", "Invalid request", detail, errors);
    }

    static ApiProblem idempotencyMismatch() {
        return new ApiProblem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "api.idempotency-mismatch",
                "Idempotency key reused",
                "This Idempotency-Key was used in the last 24 hours with a different request.",
                List.of());
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String title() {
        return title;
    }

    List<Violation> errors() {
        return errors;
    }
}
