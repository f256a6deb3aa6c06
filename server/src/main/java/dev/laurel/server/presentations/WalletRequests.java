package dev.laurel.server.presentations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OpenID4VP requests ({@code presentation_requests}): opened by the page, fetched and answered by a wallet, read
 * by the page's polling — on whichever node. The browser's secret is kept as its SHA-256 only.
 */
@Component
class WalletRequests {

    /** Requests expired this long ago are deleted when a new one is opened. */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A request just opened: the browser's secret (only its page knows it) and the wallet's {@code state}. */
    record Opened(String transaction, String requestId) {}

    /** Taking the one response of a request. */
    sealed interface Claim {
        record Claimed(PresentationRequest request) implements Claim {}

        record Unknown() implements Claim {}

        record Expired() implements Claim {}

        record Replayed() implements Claim {}
    }

    private final JdbcClient jdbc;

    WalletRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    Opened open(Instant now, Duration lifetime) {
        jdbc.sql("delete from presentation_requests where expires_at < :before")
                .param("before", Timestamp.from(now.minus(KEPT_AFTER_EXPIRY)))
                .update();
        Opened opened = new Opened(random(32), random(16));
        jdbc.sql("insert into presentation_requests (id, transaction_hash, request_id, nonce, created_at, expires_at)"
                        + " values (:id, :hash, :request, :nonce, :now, :expires)")
                .param("id", UUID.randomUUID())
                .param("hash", hash(opened.transaction()))
                .param("request", opened.requestId())
                .param("nonce", random(16))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        return opened;
    }

    Optional<PresentationRequest> byTransaction(String transaction) {
        return jdbc.sql("select * from presentation_requests where transaction_hash = :hash")
                .param("hash", hash(transaction))
                .query(WalletRequests::read)
                .optional();
    }

    Optional<PresentationRequest> byRequestId(String requestId) {
        return jdbc.sql("select * from presentation_requests where request_id = :request")
                .param("request", requestId)
                .query(WalletRequests::read)
                .optional();
    }

    /** Notes that a wallet fetched the request object (the page then says so). */
    void fetched(String requestId, Instant now) {
        jdbc.sql("update presentation_requests set fetched_at = coalesce(fetched_at, :now) where request_id = :request")
                .param("now", Timestamp.from(now))
                .param("request", requestId)
                .update();
    }

    /**
     * Takes the one response of request {@code requestId}, atomically across nodes: only the first of concurrent
     * responses is claimed; the others are replays.
     */
    Claim claim(String requestId, Instant now) {
        Optional<PresentationRequest> claimed = jdbc.sql(
                        "update presentation_requests set answered_at = :now where request_id = :request"
                                + " and answered_at is null and expires_at > :now returning *")
                .param("now", Timestamp.from(now))
                .param("request", requestId)
                .query(WalletRequests::read)
                .optional();
        if (claimed.isPresent()) {
            return new Claim.Claimed(claimed.get());
        }
        Optional<PresentationRequest> existing = byRequestId(requestId);
        if (existing.isEmpty()) {
            return new Claim.Unknown();
        }
        return existing.get().answeredAt() != null ? new Claim.Replayed() : new Claim.Expired();
    }

    /** Records what the response showed. */
    void settle(UUID id, JsonNode outcome) {
        jdbc.sql("update presentation_requests set outcome = cast(:outcome as jsonb) where id = :id")
                .param("outcome", Json.write(outcome))
                .param("id", id)
                .update();
    }

    private static PresentationRequest read(ResultSet row, int number) throws SQLException {
        Timestamp answered = row.getTimestamp("answered_at");
        String outcome = row.getString("outcome");
        return new PresentationRequest(
                row.getObject("id", UUID.class),
                row.getString("request_id"),
                row.getString("nonce"),
                row.getTimestamp("expires_at").toInstant(),
                answered == null ? null : answered.toInstant(),
                outcome == null ? null : Json.parse(outcome));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
