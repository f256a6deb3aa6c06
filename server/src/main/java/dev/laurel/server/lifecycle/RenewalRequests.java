package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The renewal requests, as a collection, each with its credential's badge, earner and expiry. */
@Repository
class RenewalRequests {

    private static final String SELECT = "select r.id, r.organization_id, r.credential_id, r.account_id, r.rule, "
            + "r.evidence_url, r.evidence_name, r.evidence_type, r.credits, r.status, r.reason, r.requested_at, "
            + "r.decided_at, r.renewal_id, c.badge_name, c.recipient_name, c.recipient_email, c.valid_until "
            + "from renewal_requests r join credentials c on c.id = r.credential_id ";

    /** A file kept as evidence. */
    record File(String name, String type, byte[] bytes) {}

    private final JdbcClient jdbc;

    RenewalRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a pending request; false when the credential has a pending one already. */
    boolean add(
            UUID id,
            OrganizationId organization,
            CredentialId credential,
            UUID accountId,
            RenewalRequest.Rule rule,
            Evidence evidence,
            java.math.BigDecimal credits,
            Instant at) {
        return jdbc.sql("insert into renewal_requests (id, organization_id, credential_id, account_id, rule, "
                                + "evidence_url, evidence_name, evidence_type, evidence_file, credits, requested_at) "
                                + "values (:id, :org, :credential, :account, :rule, :url, :name, :type, :file, "
                                + ":credits, :at) on conflict (credential_id) where status = 'pending' do nothing")
                        .param("id", id)
                        .param("org", organization.value())
                        .param("credential", credential.value())
                        .param("account", accountId)
                        .param("rule", rule.key())
                        .param("url", evidence == null ? null : evidence.url())
                        .param("name", evidence == null ? null : evidence.fileName())
                        .param("type", evidence == null ? null : evidence.type())
                        .param("file", evidence == null ? null : evidence.bytes())
                        .param("credits", credits)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    Optional<RenewalRequest> find(UUID id) {
        return jdbc.sql(SELECT + "where r.id = :id")
                .param("id", id)
                .query(RenewalRequests::request)
                .optional();
    }

    /** The request, its row locked until the caller's transaction ends. */
    Optional<RenewalRequest> lock(UUID id) {
        return jdbc.sql(SELECT + "where r.id = :id for update of r")
                .param("id", id)
                .query(RenewalRequests::request)
                .optional();
    }

    /** The credential's pending request, if it has one. */
    Optional<RenewalRequest> pendingFor(CredentialId credential) {
        return jdbc.sql(SELECT + "where r.credential_id = :credential and r.status = 'pending'")
                .param("credential", credential.value())
                .query(RenewalRequests::request)
                .optional();
    }

    /** The credential's latest request, if any. */
    Optional<RenewalRequest> latestFor(CredentialId credential) {
        return jdbc.sql(SELECT + "where r.credential_id = :credential order by r.requested_at desc, r.id limit 1")
                .param("credential", credential.value())
                .query(RenewalRequests::request)
                .optional();
    }

    /** The organization's requests, oldest first, only {@code status}'s when given, at most {@code limit}. */
    List<RenewalRequest> of(OrganizationId organization, RenewalRequest.Status status, int limit) {
        return jdbc.sql(SELECT + "where r.organization_id = :org and (cast(:status as text) is null or r.status = "
                        + ":status) order by r.requested_at, r.id limit :limit")
                .param("org", organization.value())
                .param("status", status == null ? null : status.key())
                .param("limit", limit)
                .query(RenewalRequests::request)
                .list();
    }

    Optional<File> file(UUID id) {
        return jdbc.sql("select evidence_name, evidence_type, evidence_file from renewal_requests "
                        + "where id = :id and evidence_file is not null")
                .param("id", id)
                .query((rs, row) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Records the decision on a pending request (the caller holds its lock). */
    void decide(
            UUID id,
            RenewalRequest.Status status,
            String reason,
            CredentialId renewal,
            UUID accountId,
            UUID keyId,
            Instant at) {
        jdbc.sql("update renewal_requests set status = :status, reason = :reason, renewal_id = :renewal, "
                        + "decided_by = :account, decided_by_key = :key, decided_at = :at where id = :id")
                .param("id", id)
                .param("status", status.key())
                .param("reason", reason)
                .param("renewal", renewal == null ? null : renewal.value())
                .param("account", accountId)
                .param("key", keyId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Erases the evidence of the credentials' requests: it was their earner's, who deleted their account. */
    void forget(List<CredentialId> credentials) {
        jdbc.sql("update renewal_requests set evidence_file = null, evidence_type = null, evidence_name = null, "
                        + "evidence_url = null, account_id = null where credential_id = any(:ids)")
                .param("ids", credentials.stream().map(CredentialId::value).toArray(UUID[]::new))
                .update();
    }

    private static RenewalRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        Timestamp until = rs.getTimestamp("valid_until");
        UUID renewal = rs.getObject("renewal_id", UUID.class);
        return new RenewalRequest(
                rs.getObject("id", UUID.class),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new CredentialId(rs.getObject("credential_id", UUID.class)),
                rs.getObject("account_id", UUID.class),
                RenewalRequest.Rule.valueOf(rs.getString("rule").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("evidence_url"),
                rs.getString("evidence_name"),
                rs.getString("evidence_type"),
                rs.getBigDecimal("credits"),
                RenewalRequest.Status.parse(rs.getString("status")),
                rs.getString("reason"),
                rs.getTimestamp("requested_at").toInstant(),
                decided == null ? null : decided.toInstant(),
                renewal == null ? null : new CredentialId(renewal),
                rs.getString("badge_name"),
                rs.getString("recipient_name"),
                rs.getString("recipient_email"),
                until == null ? null : until.toInstant());
    }
}
