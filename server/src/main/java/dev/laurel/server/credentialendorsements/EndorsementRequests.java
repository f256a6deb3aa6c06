package dev.laurel.server.credentialendorsements;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The earners' requests for endorsements, and the addresses that asked an earner to stop, as a collection. */
@Repository
class EndorsementRequests {

    /**
     * A request as the endorser's page needs it.
     *
     * @param endorserEmail the address asked; null once the request was answered or reported
     */
    record Request(
            UUID id,
            UUID accountId,
            String endorserName,
            String endorserEmail,
            String message,
            Instant createdAt,
            Instant expiresAt,
            List<UUID> credentialIds) {}

    private static final String COLUMNS =
            "r.id, r.account_id, r.endorser_name, r.endorser_email, r.message, r.created_at, r.expires_at, "
                    + "array(select c.credential_id from endorsement_request_credentials c where c.request_id = r.id "
                    + "order by c.credential_id) as credentials";

    private final JdbcClient jdbc;

    EndorsementRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Request request, String tokenHash) {
        jdbc.sql("""
                        insert into endorsement_requests (id, account_id, endorser_name, endorser_email, message,
                                                          token_hash, created_at, expires_at)
                        values (:id, :account, :name, :email, :message, :hash, :created, :expires)
                        """)
                .param("id", request.id())
                .param("account", request.accountId())
                .param("name", request.endorserName())
                .param("email", request.endorserEmail())
                .param("message", request.message())
                .param("hash", tokenHash)
                .param("created", Timestamp.from(request.createdAt()))
                .param("expires", Timestamp.from(request.expiresAt()))
                .update();
        for (UUID credential : request.credentialIds()) {
            jdbc.sql("insert into endorsement_request_credentials (request_id, credential_id) values (:r, :c)")
                    .param("r", request.id())
                    .param("c", credential)
                    .update();
        }
    }

    /**
     * How many requests the earner made since {@code since}, counted under a transaction-scoped lock on the earner so
     * that requests made at once on several nodes are counted one after the other.
     */
    int countSince(UUID accountId, Instant since) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('endorsement-requests:' || cast(:account as text)))")
                .param("account", accountId)
                .query()
                .singleRow();
        return jdbc.sql("select count(*) from endorsement_requests where account_id = :account and created_at > :since")
                .param("account", accountId)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** The request of a link still usable at {@code now}: not used, not reported, not expired. */
    Optional<Request> open(String tokenHash, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from endorsement_requests r where r.token_hash = :hash "
                        + "and r.used_at is null and r.reported_at is null and r.expires_at > :now")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .query(EndorsementRequests::request)
                .optional();
    }

    /**
     * Takes the link for good, once: true for the one caller that took it. The address asked is forgotten; {@code
     * withdrawTokenHash} is what the endorser's withdrawal link will be checked against.
     */
    boolean use(UUID id, Instant now, String withdrawTokenHash) {
        return jdbc.sql("""
                        update endorsement_requests set used_at = :now, endorser_email = null,
                                                        withdraw_token_hash = :withdraw
                        where id = :id and used_at is null and reported_at is null and expires_at > :now
                        """)
                        .param("id", id)
                        .param("now", Timestamp.from(now))
                        .param("withdraw", withdrawTokenHash)
                        .update()
                == 1;
    }

    /** Takes the link for good as reported unwanted, once: true for the one caller that took it. */
    boolean report(UUID id, Instant now) {
        return jdbc.sql("""
                        update endorsement_requests set reported_at = :now, endorser_email = null
                        where id = :id and used_at is null and reported_at is null
                        """).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The request whose withdrawal link this is. */
    Optional<UUID> byWithdrawal(String withdrawTokenHash) {
        return jdbc.sql("select id from endorsement_requests where withdraw_token_hash = :hash")
                .param("hash", withdrawTokenHash)
                .query(UUID.class)
                .optional();
    }

    void block(UUID accountId, String emailHash, Instant now) {
        jdbc.sql("""
                        insert into endorsement_blocks (account_id, email_hash, blocked_at) values (:a, :h, :now)
                        on conflict do nothing
                        """)
                .param("a", accountId)
                .param("h", emailHash)
                .param("now", Timestamp.from(now))
                .update();
    }

    boolean blocked(UUID accountId, String emailHash) {
        return jdbc.sql("select exists (select 1 from endorsement_blocks where account_id = :a and email_hash = :h)")
                .param("a", accountId)
                .param("h", emailHash)
                .query(Boolean.class)
                .single();
    }

    /** Forgets an erased earner's requests (their endorsements with them), and erased endorsers' pending ones. */
    void forget(UUID accountId, List<String> addresses) {
        jdbc.sql("delete from endorsement_requests where account_id = :a")
                .param("a", accountId)
                .update();
        jdbc.sql("delete from endorsement_blocks where account_id = :a")
                .param("a", accountId)
                .update();
        if (!addresses.isEmpty()) {
            jdbc.sql("delete from endorsement_requests where lower(endorser_email) in (:addresses)")
                    .param("addresses", addresses)
                    .update();
        }
    }

    private static Request request(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID[] credentials = (UUID[]) rs.getArray("credentials").getArray();
        return new Request(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("endorser_name"),
                rs.getString("endorser_email"),
                rs.getString("message"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                List.of(credentials));
    }
}
