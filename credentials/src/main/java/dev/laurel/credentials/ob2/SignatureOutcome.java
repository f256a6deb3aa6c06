package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Whether a signed assertion's JWS signature holds, and under which CryptographicKey. */
sealed interface SignatureOutcome {

    /**
     * The signature verifies.
     *
     * @param keyUrl the URL the key was fetched from
     * @param key the CryptographicKey document
     */
    record Verified(String keyUrl, ObjectNode key) implements SignatureOutcome {}

    /** It does not, or could not be checked; {@code message} says why. */
    record NotVerified(String message) implements SignatureOutcome {}
}
