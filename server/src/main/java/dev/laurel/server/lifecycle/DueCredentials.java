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
 * The credentials a reminder step is due for, read from issuing's {@code credentials} table (read only, as bulk's
 * report does) beside this module's {@code lifecycle_reminders}: active, not forgotten, not renewed, not expired; for
 * accept reminders still pending; in both, the most urgent step due now not yet recorded, nor one more urgent.
 */
@Repository
class DueCredentials {

    /** A badge some credentials of which may be due. */
    record BadgeRef(OrganizationId organizationId, BadgeId badgeId) {}

    /** A credential with what its reminder needs. */
    record Candidate(
            CredentialId id,
            OrganizationId organizationId,
            BadgeId badgeId,
            String badgeName,
            String email,
            String name,
            Instant issuedAt,
            Instant validUntil) {}

    private static final String LIVE = "c.state = 'active' and c.recipient_forgotten_at is null "
            + "and (c.valid_until is null or c.valid_until > :now) "
            + "and not exists (select 1 from credentials n where n.renews = c.id)";

    private final JdbcClient jdbc;

    DueCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The badges with live credentials that a step of {@code kind} may concern. */
    List<BadgeRef> badges(ReminderStep.Kind kind, Instant now) {
        String which = kind == ReminderStep.Kind.ACCEPT ? "c.claim = 'pending'" : "c.valid_until is not null";
        return jdbc.sql("select distinct c.organization_id, c.badge_id from credentials c where " + which + " and "
                        + LIVE)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new BadgeRef(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        new BadgeId(rs.getObject("badge_id", UUID.class))))
                .list();
    }

    /** Up to {@code limit} of the badge's credentials with a step of {@code days} due, ids after {@code after}. */
    List<Candidate> due(ReminderStep.Kind kind, BadgeId badge, List<Integer> days, Instant now, UUID after, int limit) {
        String sql = kind == ReminderStep.Kind.ACCEPT ? """
                select c.* from credentials c
                cross join lateral (select max(d) as due from unnest(cast(:days as int[])) d
                                    where c.issued_at + make_interval(days => d) <= :now) s
                where c.badge_id = :badge and c.claim = 'pending' and %s and s.due is not null and c.id > :after
                  and not exists (select 1 from lifecycle_reminders r
                                  where r.credential_id = c.id and r.kind = 'accept' and r.days >= s.due)
                order by c.id limit :limit
                """ : """
                select c.* from credentials c
                cross join lateral (select min(d) as due from unnest(cast(:days as int[])) d
                                    where c.valid_until - make_interval(days => d) <= :now
                                      and c.valid_until - make_interval(days => d) >= c.issued_at) s
                where c.badge_id = :badge and c.valid_until is not null and %s and s.due is not null
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
                rs.getTimestamp("issued_at").toInstant(),
                until == null ? null : until.toInstant());
    }
}
