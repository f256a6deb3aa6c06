package dev.laurel.server.lifecycle;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a lifecycle request was refused: stable codes for the API's problems. */
public enum LifecycleError implements ErrorCode {
    /** The credential cannot be renewed in its state: revoked, suspended, or its earner deleted their account. */
    NOT_RENEWABLE(HttpStatus.CONFLICT, "lifecycle.not-renewable", "Credential cannot be renewed"),
    /** A newer credential renews it already: renew that one. */
    ALREADY_RENEWED(HttpStatus.CONFLICT, "lifecycle.already-renewed", "Credential already renewed"),
    /** The earner may not ask now: outside the renewal window, the rule is re-issue only, or credits are short. */
    NOT_OFFERED(HttpStatus.CONFLICT, "lifecycle.not-offered", "Renewal not offered"),
    /** A request for this credential is waiting for the issuer already. */
    ALREADY_REQUESTED(HttpStatus.CONFLICT, "lifecycle.already-requested", "Renewal already requested"),
    /** The evidence is missing, not a web address, too large, or not a PDF, PNG or JPEG. */
    EVIDENCE_INVALID(HttpStatus.BAD_REQUEST, "lifecycle.evidence-invalid", "Evidence not accepted"),
    /** The request was decided already: only a pending request can be approved or declined. */
    ALREADY_DECIDED(HttpStatus.CONFLICT, "lifecycle.already-decided", "Request already decided"),
    /** Declining needs a reason, which the earner is sent. */
    REASON_REQUIRED(HttpStatus.BAD_REQUEST, "lifecycle.reason-required", "Reason required");

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
