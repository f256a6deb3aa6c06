package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The lifecycle policies, as a collection: an organization's defaults and each badge's overrides, resolved to the
 * {@link LifecyclePolicy} a badge's credentials follow (the badge's value, else the organization's, else Laurel's).
 */
@Service
public class LifecyclePolicies {

    /**
     * What one row says; null fields say nothing (the level above decides).
     *
     * @see LifecyclePolicy for each field's meaning
     */
    public record Overrides(
            List<Integer> acceptReminderDays,
            List<Integer> expiryReminderDays,
            Boolean hideShareWhenExpired,
            LifecyclePolicy.RenewalRule renewalRule,
            Integer renewalWindowDays,
            BigDecimal renewalCredits,
            Set<BadgeId> renewalCreditBadges,
            Boolean renewalCountsImports,
            Boolean renewalAutomatic,
            String issuedMessage) {

        public static final Overrides NONE = new Overrides(null, null, null, null, null, null, null, null, null, null);

        LifecyclePolicy over(LifecyclePolicy base) {
            return new LifecyclePolicy(
                    acceptReminderDays != null ? acceptReminderDays : base.acceptReminderDays(),
                    expiryReminderDays != null ? expiryReminderDays : base.expiryReminderDays(),
                    hideShareWhenExpired != null ? hideShareWhenExpired : base.hideShareWhenExpired(),
                    renewalRule != null ? renewalRule : base.renewalRule(),
                    renewalWindowDays != null ? renewalWindowDays : base.renewalWindowDays(),
                    renewalCredits != null ? renewalCredits : base.renewalCredits(),
                    renewalCreditBadges != null ? renewalCreditBadges : base.renewalCreditBadges(),
                    renewalCountsImports != null ? renewalCountsImports : base.renewalCountsImports(),
                    renewalAutomatic != null ? renewalAutomatic : base.renewalAutomatic(),
                    issuedMessage != null ? issuedMessage : base.issuedMessage());
        }
    }

    private static final String COLUMNS = "accept_reminder_days, expiry_reminder_days, hide_share_when_expired, "
            + "renewal_rule, renewal_window_days, renewal_credits, renewal_credit_badges, renewal_counts_imports, "
            + "renewal_automatic, issued_message";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    LifecyclePolicies(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The policy {@code badge}'s credentials follow. */
    public LifecyclePolicy of(OrganizationId organization, BadgeId badge) {
        LifecyclePolicy defaults = overrides(organization, null).over(LifecyclePolicy.DEFAULT);
        return overrides(organization, badge).over(defaults);
    }

    /** The organization's defaults, resolved over Laurel's. */
    public LifecyclePolicy defaults(OrganizationId organization) {
        return overrides(organization, null).over(LifecyclePolicy.DEFAULT);
    }

    /** What the organization's row ({@code badge} null) or the badge's row says; {@link Overrides#NONE} when none. */
    public Overrides overrides(OrganizationId organization, BadgeId badge) {
        return jdbc.sql("select " + COLUMNS + " from lifecycle_policies where organization_id = :org "
                        + "and badge_id is not distinct from :badge")
                .param("org", organization.value())
                .param("badge", badge == null ? null : badge.value())
                .query(LifecyclePolicies::overrides)
                .optional()
                .orElse(Overrides.NONE);
    }

    /** Whether the organization or one of its badges renews by credits automatically (the rows say so). */
    public boolean anyAutomatic(OrganizationId organization) {
        return jdbc.sql("select exists (select 1 from lifecycle_policies where organization_id = :org "
                        + "and renewal_automatic)")
                .param("org", organization.value())
                .query(Boolean.class)
                .single();
    }

    /** Replaces the organization's row ({@code badge} null) or the badge's row with {@code overrides}. */
    public void save(OrganizationId organization, BadgeId badge, Overrides overrides) {
        jdbc.sql("delete from lifecycle_policies where organization_id = :org and badge_id is not distinct from :badge")
                .param("org", organization.value())
                .param("badge", badge == null ? null : badge.value())
                .update();
        jdbc.sql("insert into lifecycle_policies (organization_id, badge_id, " + COLUMNS + ", updated_at) values "
                        + "(:org, :badge, :accept, :expiry, :hide, :rule, :window, :credits, :creditBadges, :imports, "
                        + ":automatic, :message, :at)")
                .param("org", organization.value())
                .param("badge", badge == null ? null : badge.value())
                .param("accept", ints(overrides.acceptReminderDays()))
                .param("expiry", ints(overrides.expiryReminderDays()))
                .param("hide", overrides.hideShareWhenExpired())
                .param(
                        "rule",
                        overrides.renewalRule() == null
                                ? null
                                : overrides.renewalRule().key())
                .param("window", overrides.renewalWindowDays())
                .param("credits", overrides.renewalCredits())
                .param("creditBadges", uuids(overrides.renewalCreditBadges()))
                .param("imports", overrides.renewalCountsImports())
                .param("automatic", overrides.renewalAutomatic())
                .param("message", overrides.issuedMessage())
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private static Integer[] ints(List<Integer> days) {
        return days == null ? null : days.toArray(Integer[]::new);
    }

    private static UUID[] uuids(Set<BadgeId> badges) {
        return badges == null ? null : badges.stream().map(BadgeId::value).toArray(UUID[]::new);
    }

    private static Overrides overrides(ResultSet rs, int row) throws SQLException {
        String rule = rs.getString("renewal_rule");
        return new Overrides(
                intList(rs.getArray("accept_reminder_days")),
                intList(rs.getArray("expiry_reminder_days")),
                (Boolean) rs.getObject("hide_share_when_expired"),
                rule == null ? null : LifecyclePolicy.RenewalRule.parse(rule),
                (Integer) rs.getObject("renewal_window_days"),
                rs.getBigDecimal("renewal_credits"),
                badgeSet(rs.getArray("renewal_credit_badges")),
                (Boolean) rs.getObject("renewal_counts_imports"),
                (Boolean) rs.getObject("renewal_automatic"),
                rs.getString("issued_message"));
    }

    private static List<Integer> intList(Array array) throws SQLException {
        return array == null
                ? null
                : Arrays.stream((Integer[]) array.getArray()).toList();
    }

    private static Set<BadgeId> badgeSet(Array array) throws SQLException {
        return array == null
                ? null
                : Arrays.stream((UUID[]) array.getArray()).map(BadgeId::new).collect(Collectors.toSet());
    }
}
