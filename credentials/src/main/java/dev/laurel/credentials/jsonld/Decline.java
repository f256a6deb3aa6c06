package dev.laurel.credentials.jsonld;

/**
 * The fast path meets something it does not fully understand and leaves the document to the general processor. Thrown
 * inside a conversion and caught at its top; carries no stack trace, as it is an answer, not a failure.
 */
final class Decline extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Decline(String reason) {
        super(reason, null, false, false);
    }
}
