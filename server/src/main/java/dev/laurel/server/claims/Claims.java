package dev.laurel.server.claims;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every claim link, as a collection: by token hash, the account that accepted each credential, each backpack. */
@Repository
class Claims {

    /** A claim link: the credential it is for, until when it works. */
    record Claim(String tokenHash, UUID credentialId, Instant expiresAt) {}

    /** A credential an account accepted, and when. */
    record Accepted(UUID credentialId, Instant at) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Claims(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void add(String tokenHash, UUID credentialId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                        insert into claims (token_hash, credential_id, created_at, expires_at)
                        values (:hash, :credential, :created, :expires)
                        """)
                .param("hash", tokenHash)
                .param("credential", credentialId)
                .param("created", Timestamp.from(createdAt))
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** A new claim link: the hash of its token, the credential it is for. */
    record NewClaim(String tokenHash, UUID credentialId) {}

    /** Adds many claim links in one batch. */
    void addAll(List<NewClaim> claims, Instant createdAt, Instant expiresAt) {
        Timestamp created = Timestamp.from(createdAt);
        Timestamp expires = Timestamp.from(expiresAt);
        batch.batchUpdate(
                "insert into claims (token_hash, credential_id, created_at, expires_at) values (?, ?, ?, ?)",
                claims.stream()
                        .map(claim -> new Object[] {claim.tokenHash(), claim.credentialId(), created, expires})
                        .toList(),
                new int[] {
                    java.sql.Types.VARCHAR, java.sql.Types.OTHER, java.sql.Types.TIMESTAMP, java.sql.Types.TIMESTAMP
                });
    }

    Optional<Claim> find(String tokenHash) {
        return jdbc.sql("select token_hash, credential_id, expires_at from claims where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Claim(
                        rs.getString("token_hash"),
                        rs.getObject("credential_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** Locks the credential's claim rows until the transaction ends, so that two accounts cannot both accept it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(UUID credentialId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('claims:' || :credential))")
                .param("credential", credentialId.toString())
                .query((rs, row) -> null)
                .list();
    }

    /** The account that accepted the credential, if one did. */
    Optional<UUID> acceptorOf(UUID credentialId) {
        return jdbc.sql("select claimed_by from claims where credential_id = :credential and claimed_by is not null")
                .param("credential", credentialId)
                .query((rs, row) -> rs.getObject("claimed_by", UUID.class))
                .optional();
    }

    /** Marks the claim accepted by {@code accountId}. */
    void accept(String tokenHash, UUID accountId, Instant at) {
        jdbc.sql("update claims set claimed_by = :account, claimed_at = :at where token_hash = :hash")
                .param("account", accountId)
                .param("at", Timestamp.from(at))
                .param("hash", tokenHash)
                .update();
    }

    /** Any claim link of the credential (the newest), e.g. to accept it from the backpack. */
    Optional<String> anyOf(UUID credentialId) {
        return jdbc.sql("select token_hash from claims where credential_id = :credential "
                        + "order by created_at desc limit 1")
                .param("credential", credentialId)
                .query(String.class)
                .optional();
    }

    /** The credentials {@code accountId} accepted, most recently accepted first. */
    List<Accepted> ofAccount(UUID accountId, int limit) {
        return jdbc.sql("select credential_id, claimed_at from claims where claimed_by = :account "
                        + "order by claimed_at desc limit :limit")
                .param("account", accountId)
                .param("limit", limit)
                .query((rs, row) -> new Accepted(
                        rs.getObject("credential_id", UUID.class),
                        rs.getTimestamp("claimed_at").toInstant()))
                .list();
    }

    /** Which of {@code credentialIds} some account accepted. */
    List<UUID> accepted(List<UUID> credentialIds) {
        if (credentialIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select credential_id from claims where claimed_by is not null "
                        + "and credential_id in (:ids)")
                .param("ids", credentialIds)
                .query(UUID.class)
                .list();
    }
}
