package dev.laurel.server.vcapi;

import dev.laurel.server.platform.ErrorCode;
import dev.laurel.server.platform.Problems;
import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Why the VC-API refused a request, each with its problem type (VCALM §Error Handling): the types the specifications
 * define where one fits, Laurel's own otherwise, and a stable {@code code} clients can switch on.
 */
enum VcApiProblem implements ErrorCode {
    /** The body is not a JSON object. */
    PARSING_ERROR(HttpStatus.BAD_REQUEST, Types.VC_DATA_MODEL + "PARSING_ERROR", "PARSING_ERROR", "parsing-error"),
    /** A property of the request or of the credential has a value this instance cannot use. */
    MALFORMED_VALUE(
            HttpStatus.BAD_REQUEST,
            Types.VC_DATA_MODEL + "MALFORMED_VALUE_ERROR",
            "MALFORMED_VALUE_ERROR",
            "malformed-value"),
    /** An option, or a property of the request, this instance does not understand (VCALM §Options). */
    UNKNOWN_OPTION(
            HttpStatus.BAD_REQUEST,
            "https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED",
            "UNKNOWN_OPTION_PROVIDED",
            "unknown-option"),
    /** The credential names an issuer other than the organization's did:web. */
    ISSUER_MISMATCH(HttpStatus.BAD_REQUEST, Types.LAUREL + "issuer-mismatch", "Issuer mismatch", "issuer-mismatch"),
    /** The credential could not be signed as it stands: a JSON-LD term or context Laurel does not know. */
    PROOF_GENERATION(
            HttpStatus.BAD_REQUEST,
            "https://w3id.org/security#PROOF_GENERATION_ERROR",
            "PROOF_GENERATION_ERROR",
            "proof-generation"),
    /** The organization already issued a credential of that id. */
    DUPLICATE_CREDENTIAL(
            HttpStatus.BAD_REQUEST, Types.LAUREL + "duplicate-credential", "Duplicate credential", "duplicate"),
    /** The status change does not apply: undoing a revocation, or a purpose the credential has no entry for. */
    STATUS_NOT_CHANGED(
            HttpStatus.BAD_REQUEST, Types.LAUREL + "status-not-changed", "Status not changed", "status-not-changed"),
    /** No credential of that id in the organization. */
    NOT_FOUND(HttpStatus.NOT_FOUND, Types.LAUREL + "not-found", "Credential not found", "not-found"),
    /** No valid API key or access token. */
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, Types.LAUREL + "unauthenticated", "Not authenticated", "unauthenticated"),
    /** Authenticated, but not for this instance or without the scope. */
    FORBIDDEN(HttpStatus.FORBIDDEN, Types.LAUREL + "forbidden", "Not allowed", "forbidden"),
    /** The body is not JSON. */
    UNSUPPORTED_MEDIA_TYPE(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            Types.LAUREL + "unsupported-media-type",
            "Unsupported media type",
            "unsupported-media-type"),
    /** The body is larger than this instance accepts. */
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, Types.LAUREL + "too-large", "Request too large", "too-large");

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final String code;

    VcApiProblem(HttpStatus status, String type, String title, String slug) {
        this.status = status;
        this.type = URI.create(type);
        this.title = title;
        this.code = "vc-api." + slug;
    }

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public URI type() {
        return type;
    }

    @Override
    public String title() {
        return title;
    }

    /** The stable error code, e.g. {@code vc-api.unknown-option}. */
    @Override
    public String code() {
        return code;
    }

    /** VCALM's own document, as {@code application/json}. */
    @Override
    public Problems.Rendering rendering() {
        return Problems.Rendering.VCALM;
    }

    /** The problem-type prefixes. */
    static final class Types {
        /** VC Data Model 2.0 §7.2, as VCALM advises spelling it for now. */
        static final String VC_DATA_MODEL = "https://www.w3.org/TR/vc-data-model-2.0#";

        static final String LAUREL = "https://laurel.dev/problems/vc-api/";

        private Types() {}
    }
}
