package dev.laurel.server.apikeys;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A key without the scope a request needs gets 403 {@code api.scope}, naming the scope. */
@RestControllerAdvice
class ScopeProblems {

    @ExceptionHandler(ApiClient.MissingScopeException.class)
    ProblemDetail missingScope(ApiClient.MissingScopeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "api.scope", "Missing scope", e.getMessage());
    }
}
