package dev.laurel.server.credentialendorsements;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why a request for an endorsement, or reading endorsements, was refused: stable codes. */
enum CredentialEndorsementError implements ErrorCode {
    /** The earner asked for as many endorsements as a day allows ({@code laurel.endorsements.requests-per-day}). */
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "credential-endorsement.too-many-requests", "Too many requests"),
    /** The person asked reported an earlier request from this earner as unwanted. */
    BLOCKED(HttpStatus.FORBIDDEN, "credential-endorsement.blocked", "Endorser declined requests"),
    /** The name, address, message or credentials of the request are missing or not acceptable. */
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "credential-endorsement.invalid-request", "Request not accepted"),
    /** The link was used already, reported, expired, or never existed. */
    LINK_UNUSABLE(HttpStatus.NOT_FOUND, "credential-endorsement.link-unusable", "Link not usable"),
    /** The comment is empty or longer than 5,000 characters. */
    INVALID_COMMENT(HttpStatus.BAD_REQUEST, "credential-endorsement.invalid-comment", "Comment not accepted");

    private final HttpStatus status;
    private final String code;
    private final String title;

    CredentialEndorsementError(HttpStatus status, String code, String title) {
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
