package dev.laurel.server.api;

import dev.laurel.server.platform.Idempotency;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key}s API keys sent with issuance requests in the last 24 hours, with the request's hash and
 * the credential it made, claimed through {@link Idempotency} in the issuing transaction — so one key makes at most
 * one credential, on any number of nodes.
 */
@Component
class IdempotencyKeys {

    static final Duration WINDOW = Duration.ofHours(24);

    private static final Idempotency.Ledger LEDGER = new Idempotency.Ledger(
            "api_idempotency_keys",
            "api_key_id",
            "idempotency_key",
            "request_hash",
            "credential_id",
            "created_at",
            WINDOW);

    private final Idempotency idempotency;

    IdempotencyKeys(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    /**
     * Claims {@code key} for a request; empty when this request is the first with it (then {@link #complete} it in the
     * same transaction), or the credential the earlier, identical request made.
     *
     * @throws dev.laurel.server.platform.Problem {@code api.idempotency-mismatch} when the key was used with a
     *     different request
     */
    Optional<UUID> claim(UUID apiKeyId, String key, String requestHash) {
        return idempotency
                .claim(new Idempotency.Key(LEDGER, apiKeyId, key), requestHash, Map.of())
                .map(earlier -> earlier.replay(requestHash));
    }

    /** Records the credential the request that claimed {@code key} made. */
    void complete(UUID apiKeyId, String key, UUID credentialId) {
        idempotency.complete(new Idempotency.Key(LEDGER, apiKeyId, key), credentialId);
    }
}
