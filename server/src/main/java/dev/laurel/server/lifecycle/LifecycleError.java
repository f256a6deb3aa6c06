package dev.laurel.server.lifecycle;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a lifecycle request was refused: stable codes for the API's problems. */
public enum LifecycleError implements ErrorCode {
    /** The credential cannot be renewed in its state: revoked, suspended, or its earner deleted their account. */
    NOT_RENEWABLE(HttpStatus.CONFLICT, "lifecycle.not-renewable", "Credential cannot be renewed"),
    /** A newer credential renews it already: renew that one. */
    ALREADY_RENEWED(HttpStatus.CONFLICT, "lifecycle.already-renewed", "Credential already renewed");

    private final HttpStatus status;
    private final String code;
    private final String title;

    LifecycleError(HttpStatus status, String code, String title) {
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
