package dev.laurel.server.bulk;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why a job cannot be started or cancelled, thrown by {@link BulkJobs} as a {@code platform.Problem} of this code: the
 * page shows {@code bulk.refused.CODE}, the API answers {@code api.conflict} with the detail.
 */
public enum BulkRefusal implements ErrorCode {
    /** The job is not in a state that allows it: already started, or already ended. */
    STATE("bulk.state"),
    /** The file could not be read as a whole. */
    FILE("bulk.file"),
    /** No row is valid. */
    NOTHING_VALID("bulk.nothing-valid"),
    /** Some rows have problems and the request did not ask to skip them. */
    INVALID_ROWS("bulk.invalid-rows");

    private final String code;

    BulkRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
