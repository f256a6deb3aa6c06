package dev.laurel.server.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Doing a request at most once per key: the API's {@code Idempotency-Key} (issuing, bulk issuing), a hook's external
 * event id. A key is claimed by inserting its row in the caller's transaction, so a concurrent request with the same
 * key waits on the insert for that transaction, then finds its answer — one key makes at most one answer, on any
 * number of nodes; a refusal rolls the claim back with everything else. A request that finds an earlier one replays
 * its answer, or is refused when the earlier request was a different one. Each purpose keeps its keys in its own
 * table, described by a {@link Ledger}. Thread-safe.
 */
@Repository
public class Idempotency {

    /**
     * Where a purpose keeps its claims: a table unique on {@code (scope, key)}, with the request's hash (or none, when a
     * key alone tells the request), the answer's id, and when the key was claimed; keys older than {@code window} are
     * forgotten (never, when null). The names are the code's constants, never a request's.
     */
    public record Ledger(
            String table,
            String scopeColumn,
            String keyColumn,
            String hashColumn,
            String answerColumn,
            String timeColumn,
            Duration window) {}

    /** A key within its ledger and scope: the API key, the hook mapping. */
    public record Key(Ledger ledger, UUID scope, String key) {}

    /** An earlier request with the key: its hash, and its answer (null until it completed). */
    public record Earlier(String requestHash, UUID answer) {

        /**
         * The answer to give again to a request whose hash is {@code requestHash} (null in a ledger without hashes).
         *
         * @throws Problem {@code api.idempotency-mismatch} when the earlier request was a different one, {@code
         *     api.conflict} when it has no answer yet
         */
        public UUID replay(String requestHash) {
            if (!Objects.equals(this.requestHash, requestHash)) {
                throw Refusal.MISMATCH.problem(
                        "This Idempotency-Key was used in the last 24 hours with a different request.");
            }
            if (answer == null) {
                throw Refusal.UNFINISHED.problem("A request with this Idempotency-Key is still being processed.");
            }
            return answer;
        }
    }

    /** Why a request with a known key is refused; the API's codes, as only the API hashes its requests. */
    public enum Refusal implements ErrorCode {
        MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, "api.idempotency-mismatch", "Idempotency key reused"),
        UNFINISHED(HttpStatus.CONFLICT, "api.conflict", "Conflict");

        private final HttpStatus status;
        private final String code;
        private final String title;

        Refusal(HttpStatus status, String code, String title) {
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

    private final JdbcClient jdbc;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims {@code key}: empty when this request is the first with it — then {@link #complete} it in the same
     * transaction — or the earlier request, to {@link Earlier#replay}. A ledger whose row is more than the claim (a bulk
     * job) gives its other columns in {@code row}.
     *
     * @param requestHash the request's hash, or null (a ledger without hashes, or one that records it on completion)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Earlier> claim(Key key, String requestHash, Map<String, ?> row) {
        Ledger ledger = key.ledger();
        Instant now = clock.instant();
        if (ledger.window() != null) {
            jdbc.sql("delete from " + ledger.table() + " where " + ledger.timeColumn() + " < :cutoff")
                    .param("cutoff", Timestamp.from(now.minus(ledger.window())))
                    .update();
        }
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.put(ledger.scopeColumn(), key.scope());
        values.put(ledger.keyColumn(), key.key());
        values.put(ledger.timeColumn(), Timestamp.from(now));
        if (ledger.hashColumn() != null && requestHash != null) {
            values.put(ledger.hashColumn(), requestHash);
        }
        JdbcClient.StatementSpec insert = jdbc.sql("insert into " + ledger.table() + " ("
                + String.join(", ", values.keySet()) + ") values ("
                + values.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "))
                + ") on conflict do nothing");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            insert = insert.param(value.getKey(), value.getValue());
        }
        if (insert.update() == 1) {
            return Optional.empty();
        }
        return Optional.of(earlier(key).orElseThrow());
    }

    /** The earlier request with {@code key}, without claiming it. */
    public Optional<Earlier> earlier(Key key) {
        Ledger ledger = key.ledger();
        return jdbc.sql("select " + (ledger.hashColumn() == null ? "null" : ledger.hashColumn()) + ", "
                        + ledger.answerColumn() + " from " + ledger.table() + " where " + ledger.scopeColumn()
                        + " = :scope and " + ledger.keyColumn() + " = :key")
                .param("scope", key.scope())
                .param("key", key.key())
                .query((rs, n) -> new Earlier(rs.getString(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Records the answer of the request that claimed {@code key}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Key key, UUID answer) {
        Ledger ledger = key.ledger();
        jdbc.sql("update " + ledger.table() + " set " + ledger.answerColumn() + " = :answer where "
                        + ledger.scopeColumn() + " = :scope and " + ledger.keyColumn() + " = :key")
                .param("answer", answer)
                .param("scope", key.scope())
                .param("key", key.key())
                .update();
    }
}
