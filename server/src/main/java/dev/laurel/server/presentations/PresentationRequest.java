package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One OpenID4VP request (a transaction): the {@code state} and {@code nonce} given to the wallet, when it expires,
 * and, once answered, what the answer showed.
 *
 * @param requestId the {@code state} parameter, also in the request URI
 * @param nonce the {@code nonce} every presentation must answer (OpenID4VP 1.0 §5.2)
 * @param answeredAt when the wallet's one response was taken, or null
 * @param outcome what checking the response found ({@link Outcomes}), or null while pending or being checked
 */
record PresentationRequest(
        UUID id, String requestId, String nonce, Instant expiresAt, Instant answeredAt, JsonNode outcome) {

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
