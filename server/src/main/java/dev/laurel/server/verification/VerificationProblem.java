package dev.laurel.server.verification;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Why {@code POST /verify} could not start a verification: input that is missing, doubled, empty, too large or
 * unreadable as an upload, or a URL that could not be fetched. Each has a stable code (what API clients switch on),
 * a problem type URI and an HTTP status; the HTML page shows the same message. A credential that is given but cannot
 * be read as one (malformed JSON, a truncated PNG) is not a problem: it is a report whose {@code format} check failed.
 */
enum VerificationProblem {
    /** Neither a file nor text was given. */
    NO_INPUT("no-input", HttpStatus.BAD_REQUEST),
    /** Both a file and text were given. */
    BOTH_INPUTS("both-inputs", HttpStatus.BAD_REQUEST),
    /** A file was chosen, but it has no bytes. */
    EMPTY_FILE("empty-file", HttpStatus.BAD_REQUEST),
    /** The file is larger than the multipart limit, or the text larger than the form limit. */
    TOO_LARGE("too-large", HttpStatus.CONTENT_TOO_LARGE),
    /** The upload itself could not be read: a broken multipart body or an interrupted transfer. */
    UNREADABLE_FILE("unreadable-file", HttpStatus.BAD_REQUEST),
    /** A form body that is not one: bad percent-encoding, too many fields. */
    MALFORMED_FORM("malformed-form", HttpStatus.BAD_REQUEST),
    /** The text was an http(s) URL that could not be fetched: refused (a private address), unreachable, or an error. */
    URL_NOT_FETCHED("url-not-fetched", HttpStatus.BAD_REQUEST);

    private static final String TYPES = "https://laurel.dev/problems/verify/";

    private final String slug;
    private final HttpStatus status;

    VerificationProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    /** The stable error code, e.g. {@code verify.no-input}. */
    String code() {
        return "verify." + slug;
    }

    /** The RFC 9457 problem type, e.g. {@code https://laurel.dev/problems/verify/no-input}. */
    URI type() {
        return URI.create(TYPES + slug);
    }

    HttpStatus status() {
        return status;
    }

    /** The message key of the short title; {@code .detail} is the explanation, with the argument if any. */
    String messageKey() {
        return "verification.problem." + slug;
    }
}
