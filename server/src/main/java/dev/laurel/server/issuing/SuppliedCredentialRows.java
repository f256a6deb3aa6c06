package dev.laurel.server.issuing;

import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.signing.ProofFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code supplied_credentials} table. */
@Repository
class SuppliedCredentialRows {

    private static final String COLUMNS = "id, organization_id, credential_id, format, document, revocation_list_id, "
            + "revocation_index, suspension_list_id, suspension_index, issued_at, revoked_at, suspended_at";

    private final JdbcClient jdbc;
    private final StatusLists statusLists;

    SuppliedCredentialRows(JdbcClient jdbc, StatusLists statusLists) {
        this.jdbc = jdbc;
        this.statusLists = statusLists;
    }

    void add(
            UUID id,
            UUID organizationId,
            String credentialId,
            ProofFormat format,
            String document,
            StatusLists.Position revocation,
            StatusLists.Position suspension,
            Instant issuedAt,
            UUID apiKeyId) {
        jdbc.sql("""
                        insert into supplied_credentials (id, organization_id, credential_id, format, document,
                            revocation_list_id, revocation_index, suspension_list_id, suspension_index, issued_at,
                            issued_by_key)
                        values (:id, :org, :credentialId, :format, :document, :revocationList, :revocationIndex,
                            :suspensionList, :suspensionIndex, :issuedAt, :key)
                        """)
                .param("id", id)
                .param("org", organizationId)
                .param("credentialId", credentialId)
                .param("format", format.key())
                .param("document", document)
                .param("revocationList", revocation.listId())
                .param("revocationIndex", revocation.index())
                .param("suspensionList", suspension == null ? null : suspension.listId())
                .param("suspensionIndex", suspension == null ? null : suspension.index())
                .param("issuedAt", Timestamp.from(issuedAt))
                .param("key", apiKeyId)
                .update();
    }

    Optional<SuppliedCredential> find(UUID organizationId, String credentialId) {
        return jdbc.sql("select " + COLUMNS
                        + " from supplied_credentials where organization_id = :org and credential_id = :credentialId")
                .param("org", organizationId)
                .param("credentialId", credentialId)
                .query(this::credential)
                .optional();
    }

    Optional<SuppliedCredential> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from supplied_credentials where organization_id = :org and id = :id")
                .param("org", organizationId)
                .param("id", id)
                .query(this::credential)
                .optional();
    }

    /** Finds the credential and locks its row until the transaction ends, so status changes happen one at a time. */
    Optional<SuppliedCredential> lock(UUID organizationId, String credentialId) {
        return jdbc.sql("select " + COLUMNS + " from supplied_credentials "
                        + "where organization_id = :org and credential_id = :credentialId for update")
                .param("org", organizationId)
                .param("credentialId", credentialId)
                .query(this::credential)
                .optional();
    }

    void changeStatus(UUID id, StatusPurpose purpose, Instant since) {
        String column = purpose == StatusPurpose.REVOCATION ? "revoked_at" : "suspended_at";
        jdbc.sql("update supplied_credentials set " + column + " = :since where id = :id")
                .param("since", since == null ? null : Timestamp.from(since))
                .param("id", id)
                .update();
    }

    private SuppliedCredential credential(ResultSet rs, int row) throws SQLException {
        List<SuppliedCredential.Entry> status = new ArrayList<>();
        UUID revocationList = rs.getObject("revocation_list_id", UUID.class);
        status.add(new SuppliedCredential.Entry(
                StatusPurpose.REVOCATION,
                revocationList,
                rs.getInt("revocation_index"),
                statusLists.url(revocationList)));
        UUID suspensionList = rs.getObject("suspension_list_id", UUID.class);
        if (suspensionList != null) {
            status.add(new SuppliedCredential.Entry(
                    StatusPurpose.SUSPENSION,
                    suspensionList,
                    rs.getInt("suspension_index"),
                    statusLists.url(suspensionList)));
        }
        return new SuppliedCredential(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("credential_id"),
                ProofFormat.parse(rs.getString("format")),
                rs.getString("document"),
                rs.getTimestamp("issued_at").toInstant(),
                instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("suspended_at")),
                status);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
