package dev.laurel.credentials.status;

/**
 * Why a status list, entry or check failed. Each value is a stable code and names the Bitstring Status List processing
 * error it corresponds to, so the web edge can map it to an RFC 9457 problem type.
 */
public enum StatusFailure {
    /** A {@code credentialStatus} entry breaks a MUST of its data model. */
    MALFORMED_ENTRY(SpecError.MALFORMED_VALUE_ERROR),
    /** The document given as the status list credential is not a {@code BitstringStatusListCredential}. */
    NOT_A_STATUS_LIST(SpecError.STATUS_VERIFICATION_ERROR),
    /** The status list credential has an unreadable property (dates, {@code statusPurpose}, {@code encodedList}). */
    MALFORMED_LIST(SpecError.MALFORMED_VALUE_ERROR),
    /** The entry's {@code statusPurpose} is not among the status list's purposes. */
    PURPOSE_MISMATCH(SpecError.STATUS_VERIFICATION_ERROR),
    /** The status list declares a {@code statusSize} different from the entry's. */
    STATUS_SIZE_MISMATCH(SpecError.STATUS_VERIFICATION_ERROR),
    /** The status list credential's {@code validFrom} is after the time of the check. */
    LIST_NOT_YET_VALID(SpecError.STATUS_VERIFICATION_ERROR),
    /** The status list credential's {@code validUntil} is before the time of the check. */
    LIST_EXPIRED(SpecError.STATUS_VERIFICATION_ERROR),
    /** {@code encodedList} does not start with the multibase base64url prefix {@code u}. */
    MISSING_MULTIBASE_PREFIX(SpecError.MALFORMED_VALUE_ERROR),
    /** {@code encodedList} is not unpadded base64url after its prefix. */
    INVALID_BASE64URL(SpecError.MALFORMED_VALUE_ERROR),
    /** The base64url-decoded bytes are not a complete GZIP stream. */
    INVALID_GZIP(SpecError.MALFORMED_VALUE_ERROR),
    /** The GZIP stream expands beyond the decoder's cap (a decompression bomb or an absurd list). */
    LIST_TOO_LARGE(SpecError.MALFORMED_VALUE_ERROR),
    /** The list holds fewer entries than the herd-privacy minimum. */
    LIST_TOO_SHORT(SpecError.STATUS_LIST_LENGTH_ERROR),
    /** The entry's index points past the end of the list. */
    INDEX_OUT_OF_RANGE(SpecError.RANGE_ERROR),
    /** The credential has no {@code id}, which the 1EdTech Revocation List looks up. */
    MISSING_CREDENTIAL_ID(SpecError.MALFORMED_VALUE_ERROR),
    /** The 1EdTech revocation list document is not an object with {@code id} and a {@code revokedCredentials} array. */
    MALFORMED_REVOCATION_LIST(SpecError.MALFORMED_VALUE_ERROR),
    /** The 1EdTech revocation list's {@code id} is not the entry's {@code id}. */
    REVOCATION_LIST_ID_MISMATCH(SpecError.STATUS_VERIFICATION_ERROR),
    /** The status list could not be fetched: refused address, network error, HTTP error, too large. */
    RETRIEVAL_FAILED(SpecError.STATUS_RETRIEVAL_ERROR),
    /** The status list credential does not verify. */
    LIST_NOT_TRUSTED(SpecError.STATUS_VERIFICATION_ERROR);

    private final SpecError specError;

    StatusFailure(SpecError specError) {
        this.specError = specError;
    }

    /** The Bitstring Status List error this failure is an instance of. */
    public SpecError specError() {
        return specError;
    }

    /** The errors named by Bitstring Status List v1.0; {@link #problemType()} gives their RFC 9457 type URL. */
    public enum SpecError {
        MALFORMED_VALUE_ERROR,
        STATUS_RETRIEVAL_ERROR,
        STATUS_VERIFICATION_ERROR,
        STATUS_LIST_LENGTH_ERROR,
        RANGE_ERROR;

        /** The problem-details {@code type} the spec prescribes for this error. */
        public String problemType() {
            return "https://www.w3.org/ns/credentials/status-list#" + name();
        }
    }
}
