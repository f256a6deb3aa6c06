package dev.laurel.server.api;

import dev.laurel.server.apikeys.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Requests {@link RequestLimits} refuses, whichever controller they were for: 429 {@code api.rate-limited} with {@code
 * Retry-After}, or 413 {@code api.payload-too-large}.
 */
@RestControllerAdvice
class RequestLimitProblems {

    @ExceptionHandler(RequestLimits.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestLimits.TooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(
                        HttpStatus.CONTENT_TOO_LARGE, "api.payload-too-large", "Request too large", e.getMessage()));
    }

    @ExceptionHandler(RequestLimits.RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(RequestLimits.RateLimited e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", String.valueOf(e.retryAfterSeconds()))
                .body(Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS, "api.rate-limited", "Too many requests", e.getMessage()));
    }
}
