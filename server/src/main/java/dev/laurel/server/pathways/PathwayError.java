package dev.laurel.server.pathways;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a pathway request was refused: stable codes for the API's problems and the pages' messages. */
public enum PathwayError implements ErrorCode {
    /** The pathway or its steps are not well formed: the problem's {@code field} is the JSON pointer of the first. */
    INVALID(HttpStatus.BAD_REQUEST, "pathway.invalid", "Invalid pathway"),
    /** A badge named by the pathway (goal, milestone or step) is not one of the organization's badges. */
    UNKNOWN_BADGE(HttpStatus.BAD_REQUEST, "pathway.unknown-badge", "Unknown badge"),
    /** No such pathway in this organization. */
    NOT_FOUND(HttpStatus.NOT_FOUND, "pathway.not-found", "Pathway not found"),
    /** Milestones of the pathway were awarded: it can be unpublished, not deleted. */
    IN_USE(HttpStatus.CONFLICT, "pathway.in-use", "Pathway in use"),
    /** The address is not one an earner can be enrolled with. */
    INVALID_RECIPIENT(HttpStatus.BAD_REQUEST, "pathway.invalid-recipient", "Invalid recipient");

    private final HttpStatus status;
    private final String code;
    private final String title;

    PathwayError(HttpStatus status, String code, String title) {
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
