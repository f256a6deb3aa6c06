package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.signing.ProofFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every credential issued, as a collection: the read side other modules use (public pages, claims, backpack). */
@Repository
public class IssuedCredentials {

    private static final String COLUMNS = "c.id, c.organization_id, c.badge_id, c.badge_name, c.recipient_email, "
            + "c.recipient_name, c.issued_at, c.valid_until, c.format, c.document, c.state, c.state_reason, "
            + "c.state_changed_at, c.claim, c.renews, c.credits_earned, "
            + "(select r.id from credentials r where r.renews = c.id) as renewed_by";

    /** {@link #COLUMNS} with an empty document instead of the document (null still when the earner was erased). */
    private static final String COLUMNS_WITHOUT_DOCUMENT =
            COLUMNS.replace("c.document,", "case when c.document is not null then '' end as document,");

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IssuedCredentials(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The credential, its row locked until the caller's transaction ends (two renewals of it wait for each other). */
    public Optional<IssuedCredential> lock(CredentialId id) {
        return jdbc.sql("select " + COLUMNS + " from credentials c where c.id = :id for update of c")
                .param("id", id.value())
                .query(IssuedCredentials::credential)
                .optional();
    }

    public Optional<IssuedCredential> find(CredentialId id) {
        return jdbc.sql("select " + COLUMNS + " from credentials c where c.id = :id")
                .param("id", id.value())
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

    /**
     * The addresses, lowercased, that credentials of {@code badges} were issued to (their earners not forgotten), after
     * {@code after} (null: from the start) in byte order, at most {@code limit}: a page.
     */
    public List<String> recipientsOf(java.util.Collection<BadgeId> badges, String after, int limit) {
        if (badges.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct lower(recipient_email) collate \"C\" as email from credentials "
                        + "where badge_id in (:badges) and recipient_forgotten_at is null "
                        + "and lower(recipient_email) collate \"C\" > :after order by 1 limit :limit")
                .param("badges", badges.stream().map(BadgeId::value).toList())
                .param("after", after == null ? "" : after)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    /**
     * A credential as its earner holds it, without its document: what matching it against requirements needs.
     *
     * @param recipientEmail the address it was issued to, lowercased
     */
    public record Holding(
            CredentialId id,
            OrganizationId organizationId,
            BadgeId badgeId,
            String recipientEmail,
            Instant issuedAt,
            Instant validUntil,
            CredentialState state,
            java.math.BigDecimal creditsEarned) {

        /** Whether it counts at {@code now}: active and not expired. */
        public boolean current(Instant now) {
            return state == CredentialState.ACTIVE && (validUntil == null || now.isBefore(validUntil));
        }
    }

    /** The credentials issued to any of {@code emails} (compared without case), earners who deleted theirs aside. */
    public List<Holding> heldBy(java.util.Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select c.id, c.organization_id, c.badge_id, lower(c.recipient_email) as email, c.issued_at, "
                        + "c.valid_until, c.state, c.credits_earned from credentials c "
                        + "where lower(c.recipient_email) in (:emails) and c.recipient_forgotten_at is null")
                .param(
                        "emails",
                        emails.stream()
                                .map(e -> e.toLowerCase(java.util.Locale.ROOT))
                                .distinct()
                                .toList())
                .query((rs, row) -> {
                    Timestamp until = rs.getTimestamp("valid_until");
                    return new Holding(
                            new CredentialId(rs.getObject("id", UUID.class)),
                            new OrganizationId(rs.getObject("organization_id", UUID.class)),
                            new BadgeId(rs.getObject("badge_id", UUID.class)),
                            rs.getString("email"),
                            rs.getTimestamp("issued_at").toInstant(),
                            until == null ? null : until.toInstant(),
                            CredentialState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                            rs.getBigDecimal("credits_earned"));
                })
                .list();
    }

    /** An organization's credentials, newest first, optionally only one badge's or one state's. */
    public List<IssuedCredential> of(OrganizationId organizationId, BadgeId badgeId, CredentialState state, int limit) {
        return jdbc.sql("select " + COLUMNS + " from credentials c where c.organization_id = :org "
                        + "and (cast(:badge as uuid) is null or c.badge_id = :badge) "
                        + "and (cast(:state as text) is null or c.state = :state) "
                        + "order by c.issued_at desc, c.id limit :limit")
                .param("org", organizationId.value())
                .param("badge", badgeId == null ? null : badgeId.value())
                .param("state", state == null ? null : state.key())
                .param("limit", limit)
                .query(IssuedCredentials::credential)
                .list();
    }

    /**
     * What to look for among an organization's credentials, and in which order; every field but {@code order} may be
     * null.
     *
     * @param badgeId only this badge's
     * @param recipientEmail only those issued to this address (case-insensitive)
     * @param status only those with this status at the moment searched
     * @param issuedFrom only those issued at or after this instant
     * @param issuedBefore only those issued before this instant
     * @param text only those whose recipient name or address contains this, case and accents aside
     * @param claim only those their earner accepted, declined, or neither yet
     * @param expiringBefore only those active, not expired yet, and expiring at or before this instant
     * @param bulkJob only those a bulk job issued
     * @param order the order of the results
     */
    public record Search(
            BadgeId badgeId,
            String recipientEmail,
            CredentialStatus status,
            Instant issuedFrom,
            Instant issuedBefore,
            String text,
            ClaimState claim,
            Instant expiringBefore,
            UUID bulkJob,
            CredentialOrder order) {

        public Search {
            order = Objects.requireNonNullElse(order, CredentialOrder.NEWEST);
        }

        public Search(
                BadgeId badgeId,
                String recipientEmail,
                CredentialStatus status,
                Instant issuedFrom,
                Instant issuedBefore) {
            this(badgeId, recipientEmail, status, issuedFrom, issuedBefore, null, null, null, null, null);
        }
    }

    /**
     * A position in a search's order: the last credential seen. In the newest-first and oldest-first orders its issue
     * time, when given, is the key; otherwise the credential's row gives it.
     */
    public record Position(Instant issuedAt, CredentialId id) {}

    /**
     * Up to {@code limit} of the organization's credentials matching {@code search}, in its order (newest first by
     * default, then by id), after {@code after} when given — keyset pagination: stable while credentials are being
     * issued.
     */
    public List<IssuedCredential> search(
            OrganizationId organizationId, Search search, Position after, int limit, Instant now) {
        return search(COLUMNS, organizationId, search, after, limit, now);
    }

    /**
     * As {@link #search}, without reading the documents ({@code document} is empty, null for an erased earner): what a
     * list page shows.
     */
    public List<IssuedCredential> listed(
            OrganizationId organizationId, Search search, Position after, int limit, Instant now) {
        return search(COLUMNS_WITHOUT_DOCUMENT, organizationId, search, after, limit, now);
    }

    private List<IssuedCredential> search(
            String columns, OrganizationId organizationId, Search search, Position after, int limit, Instant now) {
        CredentialQuery query = CredentialQuery.of(organizationId, search, after, now);
        return jdbc.sql("select " + columns + " from credentials c where " + query.where() + " order by "
                        + query.orderBy() + " limit :limit")
                .params(query.params())
                .param("limit", limit)
                .query(IssuedCredentials::credential)
                .list();
    }

    /**
     * Hands every credential of the organization matching {@code search}, in its order, to {@code each} as it is read
     * from the database (a cursor, {@value #FETCH_SIZE} rows at a time), so any number can be written out without
     * holding them in memory. Documents are not read: {@code document} is empty, null for an erased earner.
     */
    @Transactional(readOnly = true)
    public void each(OrganizationId organizationId, Search search, Instant now, Consumer<IssuedCredential> each) {
        CredentialQuery query = CredentialQuery.of(organizationId, search, null, now);
        JdbcTemplate cursor = new JdbcTemplate(Objects.requireNonNull(batch.getDataSource()));
        cursor.setFetchSize(FETCH_SIZE);
        new NamedParameterJdbcTemplate(cursor)
                .query(
                        "select " + COLUMNS_WITHOUT_DOCUMENT + " from credentials c where " + query.where()
                                + " order by " + query.orderBy(),
                        query.params(),
                        (RowCallbackHandler) rs -> each.accept(credential(rs, 0)));
    }

    /**
     * Someone an organization issued credentials to.
     *
     * @param key their address lower-cased by the database: how recipients are grouped and ordered
     * @param email their address, as last written
     * @param name the name on their newest credential
     * @param active how many of their credentials are active
     * @param suspended how many are suspended
     * @param revoked how many are revoked
     * @param credentialIds their credentials, newest first
     */
    public record Recipient(
            String key,
            String email,
            String name,
            int active,
            int suspended,
            int revoked,
            List<CredentialId> credentialIds) {

        public Recipient {
            credentialIds = List.copyOf(credentialIds);
        }

        public int total() {
            return credentialIds.size();
        }
    }

    /**
     * Up to {@code limit} of the organization's recipients, by lower-cased address, after the address {@code after};
     * only {@code email} (case-insensitive) when it is given.
     */
    public List<Recipient> recipients(OrganizationId organizationId, String email, String after, int limit) {
        return jdbc.sql("""
                        select lower(recipient_email) as email_key,
                            (array_agg(recipient_email order by issued_at desc, id desc))[1] as email,
                            (array_agg(recipient_name order by issued_at desc, id desc))[1] as name,
                            count(*) filter (where state = 'active') as active,
                            count(*) filter (where state = 'suspended') as suspended,
                            count(*) filter (where state = 'revoked') as revoked,
                            array_agg(id order by issued_at desc, id desc) as ids
                        from credentials
                        where organization_id = :org and recipient_email is not null
                            and (cast(:email as text) is null or lower(recipient_email) = lower(:email))
                            and (cast(:after as text) is null or lower(recipient_email) > :after)
                        group by lower(recipient_email)
                        order by lower(recipient_email) limit :limit
                        """)
                .param("org", organizationId.value())
                .param("email", email)
                .param("after", after)
                .param("limit", limit)
                .query((rs, row) -> new Recipient(
                        rs.getString("email_key"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getInt("active"),
                        rs.getInt("suspended"),
                        rs.getInt("revoked"),
                        java.util.Arrays.stream((UUID[]) rs.getArray("ids").getArray())
                                .map(CredentialId::new)
                                .toList()))
                .list();
    }

    /** How many credentials were issued for a badge. */
    long countOf(BadgeId badgeId) {
        return jdbc.sql("select count(*) from credentials where badge_id = :badge")
                .param("badge", badgeId.value())
                .query(Long.class)
                .single();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Inserts many credentials in one batch (multi-row inserts on the wire); {@code positions} in the same order. */
    void addAll(List<IssuedCredential> credentials, List<StatusLists.Position> positions, UUID issuedBy) {
        List<Object[]> rows = new java.util.ArrayList<>(credentials.size());
        for (int i = 0; i < credentials.size(); i++) {
            IssuedCredential c = credentials.get(i);
            rows.add(new Object[] {
                c.id().value(),
                c.organizationId().value(),
                c.badgeId().value(),
                c.badgeName(),
                c.recipientEmail(),
                c.recipientName(),
                Timestamp.from(c.issuedAt()),
                c.validUntil() == null ? null : Timestamp.from(c.validUntil()),
                c.format().key(),
                c.document(),
                positions.get(i).listId(),
                positions.get(i).index(),
                issuedBy,
                c.renews() == null ? null : c.renews().value(),
                c.creditsEarned()
            });
        }
        batch.batchUpdate("""
                insert into credentials (id, organization_id, badge_id, badge_name, recipient_email, recipient_name,
                    issued_at, valid_until, format, document, state, status_list_id, status_index, issued_by, renews,
                    credits_earned)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)
                """, rows, new int[] {
            java.sql.Types.OTHER,
            java.sql.Types.OTHER,
            java.sql.Types.OTHER,
            java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR,
            java.sql.Types.TIMESTAMP,
            java.sql.Types.TIMESTAMP,
            java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR,
            java.sql.Types.OTHER,
            java.sql.Types.INTEGER,
            java.sql.Types.OTHER,
            java.sql.Types.OTHER,
            java.sql.Types.NUMERIC
        });
    }

    /**
     * Records that the earner accepted or declined the credential (claims and the backpack tell), in the caller's
     * transaction. An accepted credential stays accepted.
     */
    public void recordClaim(CredentialId credentialId, ClaimState claim, Instant at) {
        jdbc.sql("update credentials set claim = :claim, claim_changed_at = :at where id = :id and claim <> 'accepted'")
                .param("claim", claim.key())
                .param("at", Timestamp.from(at))
                .param("id", credentialId.value())
                .update();
    }

    /** The credential's status list and index, for revocation. */
    record StatusPosition(UUID listId, int index) {}

    Optional<StatusPosition> statusPosition(CredentialId credentialId) {
        return jdbc.sql("select status_list_id, status_index from credentials where id = :id")
                .param("id", credentialId.value())
                .query((rs, row) -> new StatusPosition(rs.getObject("status_list_id", UUID.class), rs.getInt(2)))
                .optional();
    }

    void changeState(CredentialId id, CredentialState state, String reason, Instant at) {
        jdbc.sql("update credentials set state = :state, state_reason = :reason, state_changed_at = :at where id = :id")
                .param("id", id.value())
                .param("state", state.key())
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static IssuedCredential credential(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        Timestamp changed = rs.getTimestamp("state_changed_at");
        return new IssuedCredential(
                new CredentialId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new BadgeId(rs.getObject("badge_id", UUID.class)),
                rs.getString("badge_name"),
                rs.getString("recipient_email"),
                Objects.requireNonNullElse(rs.getString("recipient_name"), IssuedCredential.DELETED_EARNER),
                rs.getTimestamp("issued_at").toInstant(),
                until == null ? null : until.toInstant(),
                ProofFormat.parse(rs.getString("format")),
                rs.getString("document"),
                CredentialState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("state_reason"),
                changed == null ? null : changed.toInstant(),
                ClaimState.valueOf(rs.getString("claim").toUpperCase(java.util.Locale.ROOT)),
                id(rs, "renews"),
                id(rs, "renewed_by"),
                rs.getBigDecimal("credits_earned"));
    }

    private static CredentialId id(ResultSet rs, String column) throws SQLException {
        UUID id = rs.getObject(column, UUID.class);
        return id == null ? null : new CredentialId(id);
    }
}
