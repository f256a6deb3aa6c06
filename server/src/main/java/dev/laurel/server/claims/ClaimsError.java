package dev.laurel.server.claims;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a claims request was refused: stable codes for the API's problems. */
public enum ClaimsError implements ErrorCode {
    /** The earner accepted or declined it already, it is revoked, or its earner deleted their account. */
    NOT_PENDING(HttpStatus.CONFLICT, "claims.not-pending", "Credential not waiting for its earner");

    private final HttpStatus status;
    private final String code;
    private final String title;

    ClaimsError(HttpStatus status, String code, String title) {
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
