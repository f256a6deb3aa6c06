package dev.laurel.server.presentations;

import dev.laurel.server.platform.ErrorCode;
import dev.laurel.server.platform.Problem;
import org.springframework.http.HttpStatus;

/**
 * Why a wallet's request or response was refused. Each problem also carries the OAuth 2.0 members a wallet reads,
 * {@code error} and {@code error_description} (RFC 6749 §4.1.2.1, OpenID4VP 1.0 §8.5), beside RFC 9457's.
 */
enum PresentationError implements ErrorCode {
    INVALID_REQUEST("presentations.invalid-request", HttpStatus.BAD_REQUEST, "invalid_request", "Invalid response"),
    UNKNOWN_REQUEST(
            "presentations.unknown-request", HttpStatus.BAD_REQUEST, "invalid_request", "No such presentation request"),
    EXPIRED("presentations.expired", HttpStatus.BAD_REQUEST, "invalid_request", "Presentation request expired"),
    REPLAYED(
            "presentations.replayed",
            HttpStatus.BAD_REQUEST,
            "invalid_request",
            "Presentation request already answered"),
    NOT_VERIFIED(
            "presentations.not-verified", HttpStatus.BAD_REQUEST, "invalid_request", "Presentation did not verify"),
    REQUEST_URI_UNKNOWN(
            "presentations.request-uri-unknown", HttpStatus.NOT_FOUND, "invalid_request_uri", "No such request object"),
    REQUEST_URI_SPENT(
            "presentations.request-uri-spent",
            HttpStatus.BAD_REQUEST,
            "invalid_request_uri",
            "Request object expired or already answered"),
    TOO_LARGE("presentations.too-large", HttpStatus.PAYLOAD_TOO_LARGE, "invalid_request", "Response too large"),
    RATE_LIMITED(
            "presentations.rate-limited",
            HttpStatus.TOO_MANY_REQUESTS,
            "temporarily_unavailable",
            "Too many wallet requests");

    private final String code;
    private final HttpStatus status;
    private final String oauthError;
    private final String title;

    PresentationError(String code, HttpStatus status, String oauthError, String title) {
        this.code = code;
        this.status = status;
        this.oauthError = oauthError;
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

    /** The OAuth 2.0 {@code error} code a wallet reads. */
    String oauthError() {
        return oauthError;
    }

    @Override
    public Problem problem(String detail) {
        return new Problem(this, detail).with("error", oauthError).with("error_description", detail);
    }
}
