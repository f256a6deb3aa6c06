package dev.laurel.server.oauth;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why the authorization server refused a request before OAuth 2.0's own errors apply. */
enum OAuthProblem implements ErrorCode {
    /** A registration body over its bound. */
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "oauth.too-large", "Request too large"),
    /** Too many registrations from one client address. */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "oauth.rate-limited", "Too many registrations");

    private final HttpStatus status;
    private final String code;
    private final String title;

    OAuthProblem(HttpStatus status, String code, String title) {
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
}
