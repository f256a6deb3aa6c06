package dev.laurel.server.verification;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/**
 * Why {@code POST /verify} could not start a verification: input that is missing, doubled, empty, too large or
 * unreadable as an upload, or a URL that could not be fetched. Each has a stable code (what API clients switch on),
 * a problem type URI and an HTTP status; the HTML page shows the same message. A credential that is given but cannot
 * be read as one (malformed JSON, a truncated PNG) is not a problem: it is a report whose {@code format} check failed.
 */
enum VerificationProblem implements ErrorCode {
    /** Neither a file nor text was given. */
    NO_INPUT("no-input", HttpStatus.BAD_REQUEST, "No credential given"),
    /** Both a file and text were given. */
    BOTH_INPUTS("both-inputs", HttpStatus.BAD_REQUEST, "Two credentials given"),
    /** A file was chosen, but it has no bytes. */
    EMPTY_FILE("empty-file", HttpStatus.BAD_REQUEST, "The file is empty"),
    /** The file is larger than the multipart limit, or the text larger than the form limit. */
    TOO_LARGE("too-large", HttpStatus.CONTENT_TOO_LARGE, "Too large to verify"),
    /** The upload itself could not be read: a broken multipart body or an interrupted transfer. */
    UNREADABLE_FILE("unreadable-file", HttpStatus.BAD_REQUEST, "The upload could not be read"),
    /** A form body that is not one: bad percent-encoding, too many fields. */
    MALFORMED_FORM("malformed-form", HttpStatus.BAD_REQUEST, "The form could not be read"),
    /** The text was an http(s) URL that could not be fetched: refused (a private address), unreachable, or an error. */
    URL_NOT_FETCHED("url-not-fetched", HttpStatus.BAD_REQUEST, "The URL could not be fetched"),
    /** The client asked for more verifications than its rate allows ({@link VerificationRate}). */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many verifications");

    private final String slug;
    private final HttpStatus status;
    private final String title;

    VerificationProblem(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The stable error code, e.g. {@code verify.no-input}. */
    @Override
    public String code() {
        return "verify." + slug;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    /** The English title; the page and the problem show it translated ({@link #messageKey()}). */
    @Override
    public String title() {
        return title;
    }

    /** The message key of the short title; {@code .detail} is the explanation, with the argument if any. */
    String messageKey() {
        return "verification.problem." + slug;
    }
}
