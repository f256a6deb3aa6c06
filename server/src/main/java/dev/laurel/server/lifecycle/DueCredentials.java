package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The credentials a reminder step is due for, read from issuing's {@code credentials} table (and the time of its first
 * claim link in claims' {@code claims}; read only, as bulk's report does) beside this module's {@code
 * lifecycle_reminders}: active, not forgotten, not renewed, not expired; for accept reminders still pending, for expiry
 * reminders not declined; in both, the most urgent step due now not yet recorded, nor one more urgent.
 *
 * <p>Accept steps count from when the earner was first mailed (the first claim link), not from the credential's
 * {@code validFrom}: a credential issued today with last year's date is not "not accepted for 30 days".
 */
@Repository
class DueCredentials {

    /** A badge some credentials of which may be due. */
    record BadgeRef(OrganizationId organizationId, BadgeId badgeId) {}

    /**
     * A credential with what its reminder needs.
     *
     * @param since when its steps count from: for accept steps when it was first mailed, for expiry steps its
     *     validFrom (no step falls before it)
     */
    record Candidate(
            CredentialId id,
            OrganizationId organizationId,
            BadgeId badgeId,
            String badgeName,
            String email,
            String name,
            Instant since,
            Instant validUntil) {}

    private static final String LIVE = "c.state = 'active' and c.recipient_forgotten_at is null "
            + "and (c.valid_until is null or c.valid_until > :now) "
            + "and not exists (select 1 from credentials n where n.renews = c.id)";

    private final JdbcClient jdbc;

    DueCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The badges with live credentials that a step of {@code kind} may concern; of one organization, unless null. */
    List<BadgeRef> badges(ReminderStep.Kind kind, Instant now, OrganizationId organization) {
        String which = kind == ReminderStep.Kind.ACCEPT ? "c.claim = 'pending'" : "c.valid_until is not null";
        return jdbc.sql("select distinct c.organization_id, c.badge_id from credentials c where " + which + " and "
                        + LIVE + " and (cast(:org as uuid) is null or c.organization_id = :org)")
                .param("now", Timestamp.from(now))
                .param("org", organization == null ? null : organization.value())
                .query((rs, row) -> new BadgeRef(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        new BadgeId(rs.getObject("badge_id", UUID.class))))
                .list();
    }

    /** Up to {@code limit} of the badge's credentials with a step of {@code days} due, ids after {@code after}. */
    List<Candidate> due(ReminderStep.Kind kind, BadgeId badge, List<Integer> days, Instant now, UUID after, int limit) {
        String sql = kind == ReminderStep.Kind.ACCEPT ? """
                select c.*, m.mailed_at as since from credentials c
                cross join lateral (select coalesce(min(cl.created_at), c.issued_at) as mailed_at
                                    from claims cl where cl.credential_id = c.id) m
                cross join lateral (select max(d) as due from unnest(cast(:days as int[])) d
                                    where m.mailed_at + make_interval(days => d) <= :now) s
                where c.badge_id = :badge and c.claim = 'pending' and %s and s.due is not null and c.id > :after
                  and not exists (select 1 from lifecycle_reminders r
                                  where r.credential_id = c.id and r.kind = 'accept' and r.days >= s.due)
                order by c.id limit :limit
                """ : """
                select c.*, c.issued_at as since from credentials c
                cross join lateral (select min(d) as due from unnest(cast(:days as int[])) d
                                    where c.valid_until - make_interval(days => d) <= :now
                                      and c.valid_until - make_interval(days => d) >= c.issued_at) s
                where c.badge_id = :badge and c.valid_until is not null and c.claim <> 'declined' and %s
                  and s.due is not null
                  and c.id > :after
                  and not exists (select 1 from lifecycle_reminders r
                                  where r.credential_id = c.id and r.kind = 'expiry' and r.days <= s.due)
                order by c.id limit :limit
                """;
        return jdbc.sql(sql.formatted(LIVE))
                .param("days", days.toArray(Integer[]::new))
                .param("now", Timestamp.from(now))
                .param("badge", badge.value())
                .param("after", after)
                .param("limit", limit)
                .query(DueCredentials::candidate)
                .list();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("valid_until");
        return new Candidate(
                new CredentialId(rs.getObject("id", UUID.class)),
                new OrganizationId(rs.getObject("organization_id", UUID.class)),
                new BadgeId(rs.getObject("badge_id", UUID.class)),
                rs.getString("badge_name"),
                rs.getString("recipient_email"),
                rs.getString("recipient_name"),
                rs.getTimestamp("since").toInstant(),
                until == null ? null : until.toInstant());
    }
}
