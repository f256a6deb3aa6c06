package dev.laurel.server.credentialendorsements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endorsements given on earners' credentials, with the earners' decisions, as a collection. */
@Repository
class ReceivedEndorsements {

    /**
     * An endorsement given on a credential.
     *
     * @param endorsementId the signed EndorsementCredential's id in the endorsements module
     * @param withdrawnAt when its endorser withdrew it, or null
     */
    record Endorsement(
            UUID endorsementId,
            UUID requestId,
            UUID credentialId,
            String endorserName,
            String endorserRole,
            String endorserOrganization,
            String comment,
            Instant givenAt,
            Decision decision,
            Instant withdrawnAt) {

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    private static final String COLUMNS = "endorsement_id, request_id, credential_id, endorser_name, endorser_role, "
            + "endorser_organization, comment, given_at, decision, withdrawn_at";

    private final JdbcClient jdbc;

    ReceivedEndorsements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Endorsement endorsement) {
        jdbc.sql("insert into credential_endorsements (" + COLUMNS + ") values (:id, :request, :credential, :name, "
                        + ":role, :organization, :comment, :given, :decision, null)")
                .param("id", endorsement.endorsementId())
                .param("request", endorsement.requestId())
                .param("credential", endorsement.credentialId())
                .param("name", endorsement.endorserName())
                .param("role", endorsement.endorserRole())
                .param("organization", endorsement.endorserOrganization())
                .param("comment", endorsement.comment())
                .param("given", Timestamp.from(endorsement.givenAt()))
                .param("decision", endorsement.decision().key())
                .update();
    }

    /** Every endorsement of the credential, oldest first. */
    List<Endorsement> of(UUID credentialId) {
        return jdbc.sql("select " + COLUMNS + " from credential_endorsements where credential_id = :c "
                        + "order by given_at, endorsement_id")
                .param("c", credentialId)
                .query(ReceivedEndorsements::endorsement)
                .list();
    }

    /** The credential's endorsements its earner accepted, withdrawn ones included, oldest first. */
    List<Endorsement> accepted(UUID credentialId) {
        return of(credentialId).stream()
                .filter(e -> e.decision() == Decision.ACCEPTED)
                .toList();
    }

    /** Given through the request. */
    List<Endorsement> ofRequest(UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from credential_endorsements where request_id = :r "
                        + "order by given_at, endorsement_id")
                .param("r", requestId)
                .query(ReceivedEndorsements::endorsement)
                .list();
    }

    /** Records the earner's decision, when the endorsement was given on one of their requests; false otherwise. */
    boolean decide(UUID endorsementId, UUID accountId, Decision decision) {
        return jdbc.sql("""
                        update credential_endorsements e set decision = :decision
                        from endorsement_requests r
                        where e.endorsement_id = :id and e.request_id = r.id and r.account_id = :account
                        """)
                        .param("decision", decision.key())
                        .param("id", endorsementId)
                        .param("account", accountId)
                        .update()
                == 1;
    }

    void withdrawn(UUID endorsementId, Instant now) {
        jdbc.sql("update credential_endorsements set withdrawn_at = :now "
                        + "where endorsement_id = :id and withdrawn_at is null")
                .param("id", endorsementId)
                .param("now", Timestamp.from(now))
                .update();
    }

    private static Endorsement endorsement(ResultSet rs, int row) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new Endorsement(
                rs.getObject("endorsement_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("credential_id", UUID.class),
                rs.getString("endorser_name"),
                rs.getString("endorser_role"),
                rs.getString("endorser_organization"),
                rs.getString("comment"),
                rs.getTimestamp("given_at").toInstant(),
                Decision.of(rs.getString("decision")),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
