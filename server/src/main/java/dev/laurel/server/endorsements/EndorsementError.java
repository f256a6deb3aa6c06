package dev.laurel.server.endorsements;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why an endorsement request was refused: stable codes for the API's problems and the pages' messages. */
public enum EndorsementError implements ErrorCode {
    /** The comment is longer than {@value Endorsements#MAX_COMMENT} characters. */
    COMMENT_TOO_LONG(HttpStatus.BAD_REQUEST, "endorsement.comment-too-long", "Comment too long"),
    /** No badge of this Laurel has that achievement id. */
    UNKNOWN_ACHIEVEMENT(HttpStatus.BAD_REQUEST, "endorsement.unknown-achievement", "Unknown achievement"),
    /** No issuer of this Laurel has that profile id. */
    UNKNOWN_PROFILE(HttpStatus.BAD_REQUEST, "endorsement.unknown-profile", "Unknown issuer profile"),
    /** An organization cannot endorse its own badge or profile. */
    OWN_BADGE(HttpStatus.CONFLICT, "endorsement.own-badge", "Endorsing your own badge"),
    /** The organization already has a pending endorsement of the same badge or profile. */
    DUPLICATE_PENDING(HttpStatus.CONFLICT, "endorsement.duplicate-pending", "Endorsement already pending"),
    /** No such endorsement, or not one the caller may see. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "endorsement.not-found", "Endorsement not found"),
    /** Only the endorsed organization accepts or declines, and only the endorser revokes. */
    NOT_YOURS(HttpStatus.FORBIDDEN, "endorsement.not-yours", "Not yours to decide"),
    /** The endorsement was already accepted, declined or withdrawn. */
    ALREADY_DECIDED(HttpStatus.CONFLICT, "endorsement.already-decided", "Endorsement already decided");

    private final HttpStatus status;
    private final String code;
    private final String title;

    EndorsementError(HttpStatus status, String code, String title) {
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
