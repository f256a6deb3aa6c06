package dev.laurel.server.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code Idempotency-Key}s API keys sent with issuance requests in the last 24 hours, with the request's hash and
 * the credential it made. A key is claimed by inserting its row in the issuing transaction: a concurrent request with
 * the same key waits for that transaction, then finds the credential — so one key makes at most one credential, on any
 * number of nodes.
 */
@Repository
class IdempotencyKeys {

    static final Duration WINDOW = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for a request; empty when this request is the first with it (then {@link #complete} it in the
     * same transaction), or the credential the earlier, identical request made.
     *
     * @throws ApiProblem {@code api.idempotency-mismatch} when the key was used with a different request
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<UUID> claim(UUID apiKeyId, String key, String requestHash) {
        Instant now = clock.instant();
        jdbc.sql("delete from api_idempotency_keys where created_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(WINDOW)))
                .update();
        int inserted = jdbc.sql("""
                        insert into api_idempotency_keys (api_key_id, idempotency_key, request_hash, created_at)
                        values (:apiKey, :key, :hash, :now) on conflict do nothing
                        """)
                .param("apiKey", apiKeyId)
                .param("key", key)
                .param("hash", requestHash)
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            return Optional.empty();
        }
        Earlier earlier = jdbc.sql("""
                        select request_hash, credential_id from api_idempotency_keys
                        where api_key_id = :apiKey and idempotency_key = :key
                        """)
                .param("apiKey", apiKeyId)
                .param("key", key)
                .query((rs, row) -> new Earlier(rs.getString(1), rs.getObject(2, UUID.class)))
                .single();
        if (!earlier.requestHash().equals(requestHash)) {
            throw ApiProblem.idempotencyMismatch();
        }
        if (earlier.credentialId() == null) {
            throw ApiProblem.conflict("A request with this Idempotency-Key is still being processed.");
        }
        return Optional.of(earlier.credentialId());
    }

    /** Records the credential the request that claimed {@code key} made. */
    @Transactional(propagation = Propagation.MANDATORY)
    void complete(UUID apiKeyId, String key, UUID credentialId) {
        jdbc.sql("""
                        update api_idempotency_keys set credential_id = :credential
                        where api_key_id = :apiKey and idempotency_key = :key
                        """)
                .param("credential", credentialId)
                .param("apiKey", apiKeyId)
                .param("key", key)
                .update();
    }

    private record Earlier(String requestHash, UUID credentialId) {}
}
