package dev.laurel.server.applications;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why an application or a review was refused: stable codes for the API's problems and the pages' messages. */
public enum ApplicationError implements ErrorCode {
    /** The badge is not open for application. */
    NOT_OPEN(HttpStatus.CONFLICT, "applications.not-open", "Badge not open for application"),
    /** The earner has an application for this badge waiting already. */
    ALREADY_APPLIED(HttpStatus.CONFLICT, "applications.already-applied", "Already applied"),
    /** The evidence is missing, a link is not a web address, a file is too large or not a PDF, PNG or JPEG. */
    EVIDENCE_INVALID(HttpStatus.BAD_REQUEST, "applications.evidence-invalid", "Evidence not accepted"),
    /** The application is not in a state that allows this: decided already, or not waiting for this step. */
    WRONG_STATE(HttpStatus.CONFLICT, "applications.wrong-state", "Application not in that state"),
    /** Asking for changes or declining needs a comment the earner is sent; a score is missing or unknown. */
    REVIEW_INVALID(HttpStatus.BAD_REQUEST, "applications.review-invalid", "Review not accepted"),
    /** The reviewer reviewed this submission already. */
    ALREADY_REVIEWED(HttpStatus.CONFLICT, "applications.already-reviewed", "Already reviewed"),
    /** The settings are not valid: a rubric line without levels, approvals outside 1 to 10. */
    SETTINGS_INVALID(HttpStatus.BAD_REQUEST, "applications.settings-invalid", "Settings not valid");

    private final HttpStatus status;
    private final String code;
    private final String title;

    ApplicationError(HttpStatus status, String code, String title) {
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
