package dev.laurel.server.certificates;

import dev.laurel.server.platform.ErrorCode;
import org.springframework.http.HttpStatus;

/** Why an uploaded e-seal (a PKCS#12 file) was refused: stable codes for the API's problems and the page's errors. */
public enum SealError implements ErrorCode {
    /** No file, an empty one, or one over 64 KB. */
    FILE_MISSING(HttpStatus.BAD_REQUEST, "certificates.seal-file-missing", "PKCS#12 file missing"),
    /** The file is not PKCS#12 (a .p12 or .pfx). */
    UNREADABLE(HttpStatus.BAD_REQUEST, "certificates.seal-unreadable", "Not a PKCS#12 file"),
    /** The password does not open the file. */
    WRONG_PASSWORD(HttpStatus.BAD_REQUEST, "certificates.seal-wrong-password", "Wrong password"),
    /** The file holds certificates but no private key. */
    NO_KEY(HttpStatus.BAD_REQUEST, "certificates.seal-no-key", "No private key"),
    /** The key is neither RSA nor EC, or it does not match its certificate. */
    UNSUITABLE_KEY(HttpStatus.BAD_REQUEST, "certificates.seal-unsuitable-key", "Key not usable for sealing"),
    /** The certificate's validity ended. */
    EXPIRED(HttpStatus.BAD_REQUEST, "certificates.seal-expired", "Certificate expired"),
    /** The certificate is not valid yet. */
    NOT_YET_VALID(HttpStatus.BAD_REQUEST, "certificates.seal-not-yet-valid", "Certificate not yet valid"),
    /** The certificate's key usage allows neither digital signature nor non-repudiation. */
    KEY_USAGE(HttpStatus.BAD_REQUEST, "certificates.seal-key-usage", "Certificate not for signing"),
    /** The organization has no uploaded e-seal to remove. */
    NONE_UPLOADED(HttpStatus.NOT_FOUND, "certificates.seal-none-uploaded", "No uploaded e-seal");

    private final HttpStatus status;
    private final String code;
    private final String title;

    SealError(HttpStatus status, String code, String title) {
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
