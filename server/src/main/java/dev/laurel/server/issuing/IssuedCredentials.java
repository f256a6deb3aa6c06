package dev.laurel.server.issuing;

import dev.laurel.server.signing.ProofFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every credential issued, as a collection: the read side other modules use (public pages, claims, backpack). */
@Repository
public class IssuedCredentials {

    private static final String COLUMNS = "c.id, c.organization_id, c.badge_id, c.badge_name, c.recipient_email, "
            + "c.recipient_name, c.issued_at, c.valid_until, c.format, c.document, c.state, c.state_reason, "
            + "c.state_changed_at";

    private final JdbcClient jdbc;

    IssuedCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IssuedCredential> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from credentials c where c.id = :id")
                .param("id", id)
                .query(IssuedCredentials::credential)
                .optional();
    }

    /** The credentials issued to an address, newest first. */
    public List<IssuedCredential> toRecipient(String email) {
        return jdbc.sql("select " + COLUMNS + " from credentials c where lower(c.recipient_email) = lower(:email) "
                        + "order by c.issued_at desc")
                .param("email", email)
                .query(IssuedCredentials::credential)
                .list();
    }

    /** An organization's credentials, newest first, optionally only one badge's or one state's. */
    public List<IssuedCredential> of(UUID organizationId, UUID badgeId, CredentialState state, int limit) {
        return jdbc.sql("select " + COLUMNS + " from credentials c where c.organization_id = :org "
                        + "and (cast(:badge as uuid) is null or c.badge_id = :badge) "
                        + "and (cast(:state as text) is null or c.state = :state) "
                        + "order by c.issued_at desc, c.id limit :limit")
                .param("org", organizationId)
                .param("badge", badgeId)
                .param("state", state == null ? null : state.key())
                .param("limit", limit)
                .query(IssuedCredentials::credential)
                .list();
    }

    void add(IssuedCredential credential, UUID statusListId, int statusIndex, UUID issuedBy) {
        jdbc.sql("""
                        insert into credentials (id, organization_id, badge_id, badge_name, recipient_email,
                            recipient_name, issued_at, valid_until, format, document, state, status_list_id,
                            status_index, issued_by)
                        values (:id, :org, :badge, :badgeName, :email, :name, :issued, :until, :format, :document,
                            'active', :list, :index, :by)
                        """)
                .param("id", credential.id())
                .param("org", credential.organizationId())
                .param("badge", credential.badgeId())
                .param("badgeName", credential.badgeName())
                .param("email", credential.recipientEmail())
                .param("name", credential.recipientName())
                .param("issued", Timestamp.from(credential.issuedAt()))
                .param("until", credential.validUntil() == null ? null : Timestamp.from(credential.validUntil()))
                .param("format", credential.format().key())
                .param("document", credential.document())
                .param("list", statusListId)
                .param("index", statusIndex)
                .param("by", issuedBy)
                .update();
    }

    /** The credential's status list and index, for revocation. */
    record StatusPosition(UUID listId, int index) {}

    Optional<StatusPosition> statusPosition(UUID credentialId) {
        return jdbc.sql("select status_list_id, status_index from credentials where id = :id")
                .param("id", credentialId)
                .query((rs, row) -> new StatusPosition(rs.getObject("status_list_id", UUID.class), rs.getInt(2)))
                .optional();
    }

    void changeState(UUID id, CredentialState state, String reason, Instant at) {
        jdbc.sql("update credentials set state = :state, state_reason = :reason, state_changed_at = :at where id = :id")
                .param("id", id)
                .param("state", state.key())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static IssuedCredential credential(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        Timestamp changed = rs.getTimestamp("state_changed_at");
        return new IssuedCredential(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("badge_id", UUID.class),
                rs.getString("badge_name"),
                rs.getString("recipient_email"),
                rs.getString("recipient_name"),
                rs.getTimestamp("issued_at").toInstant(),
                until == null ? null : until.toInstant(),
                ProofFormat.parse(rs.getString("format")),
                rs.getString("document"),
                CredentialState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("state_reason"),
                changed == null ? null : changed.toInstant());
    }
}
