package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.Account;
import dev.laurel.server.accounts.AccountErased;
import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issuer's weekly digest: to each member who asked for it, once a week (from Monday, UTC), the organization's
 * live credentials that expire in the next {@value #HORIZON_DAYS} days — when there are any. The week's row and the
 * mail are written in one transaction, so a member gets one digest a week whatever the nodes and crashes.
 */
@Component
class ExpiryDigests {

    static final int HORIZON_DAYS = 30;

    /** A member who asked for the digest. */
    record Subscriber(OrganizationId organizationId, UUID accountId) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Accounts accounts;
    private final Organizations organizations;
    private final TenantAccess access;
    private final ReminderMails mails;
    private final Unsubscribes unsubscribes;
    private final Outbox outbox;

    ExpiryDigests(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Accounts accounts,
            Organizations organizations,
            TenantAccess access,
            ReminderMails mails,
            Unsubscribes unsubscribes,
            Outbox outbox) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.organizations = organizations;
        this.access = access;
        this.mails = mails;
        this.unsubscribes = unsubscribes;
        this.outbox = outbox;
    }

    /** Whether the account asked for the organization's digest. */
    boolean subscribed(OrganizationId organization, UUID account) {
        return jdbc.sql("select count(*) from lifecycle_digest_members where organization_id = :org "
                                + "and account_id = :account")
                        .param("org", organization.value())
                        .param("account", account)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Subscribes or unsubscribes the account (a member: the caller checked). */
    void subscribe(OrganizationId organization, UUID account, boolean wanted, Instant now) {
        jdbc.sql(
                        wanted
                                ? "insert into lifecycle_digest_members (organization_id, account_id, since) "
                                        + "values (:org, :account, :now) on conflict do nothing"
                                : "delete from lifecycle_digest_members where organization_id = :org "
                                        + "and account_id = :account")
                .param("org", organization.value())
                .param("account", account)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * A person deleted their account (members cannot, so this is a former member): their digest choices and record go
     * with it, in the erasure's transaction.
     */
    @EventListener
    void on(AccountErased erased) {
        for (String table : List.of("lifecycle_digest_members", "lifecycle_digests")) {
            jdbc.sql("delete from " + table + " where account_id = :account")
                    .param("account", erased.accountId())
                    .update();
        }
    }

    /** Sends this week's digests not sent yet; of one organization's members, unless null. */
    void sendDue(Instant now, OrganizationId organization) {
        LocalDate week =
                now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Subscriber> waiting = jdbc.sql("""
                        select m.organization_id, m.account_id from lifecycle_digest_members m
                        where not exists (select 1 from lifecycle_digests d where d.organization_id = m.organization_id
                                          and d.account_id = m.account_id and d.week = :week)
                          and (cast(:org as uuid) is null or m.organization_id = :org)
                        """)
                .param("week", week)
                .param("org", organization == null ? null : organization.value())
                .query((rs, row) -> new Subscriber(
                        new OrganizationId(rs.getObject("organization_id", UUID.class)),
                        rs.getObject("account_id", UUID.class)))
                .list();
        for (Subscriber subscriber : waiting) {
            transactions.executeWithoutResult(status -> send(subscriber, week, now));
        }
    }

    private void send(Subscriber subscriber, LocalDate week, Instant now) {
        try {
            access.require(subscriber.organizationId(), subscriber.accountId(), Role.VIEWER);
        } catch (AccessDeniedException gone) {
            return;
        }
        Account account = accounts.find(subscriber.accountId()).orElse(null);
        Organization organization =
                organizations.find(subscriber.organizationId()).orElse(null);
        if (account == null || organization == null || unsubscribes.unsubscribed(account.email())) {
            return;
        }
        List<ReminderMails.Expiring> expiring = expiring(subscriber.organizationId(), now);
        if (expiring.isEmpty()) {
            return;
        }
        int recorded = jdbc.sql("insert into lifecycle_digests (organization_id, account_id, week, sent_at) "
                        + "values (:org, :account, :week, :now) on conflict do nothing")
                .param("org", subscriber.organizationId().value())
                .param("account", subscriber.accountId())
                .param("week", week)
                .param("now", Timestamp.from(now))
                .update();
        if (recorded == 1) {
            outbox.enqueue(mails.digest(account.email(), organization, expiring));
        }
    }

    /** The organization's live credentials expiring within the horizon, soonest first (issuing's table, read only). */
    private List<ReminderMails.Expiring> expiring(OrganizationId organization, Instant now) {
        return jdbc.sql("""
                        select c.recipient_name, c.recipient_email, c.badge_name, c.valid_until from credentials c
                        where c.organization_id = :org and c.state = 'active' and c.recipient_forgotten_at is null
                          and c.valid_until > :now and c.valid_until <= :until
                          and not exists (select 1 from credentials n where n.renews = c.id)
                        order by c.valid_until, c.id limit 200
                        """)
                .param("org", organization.value())
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(Duration.ofDays(HORIZON_DAYS))))
                .query((rs, row) -> new ReminderMails.Expiring(
                        rs.getString("recipient_name"),
                        rs.getString("recipient_email"),
                        rs.getString("badge_name"),
                        rs.getTimestamp("valid_until").toInstant()))
                .list();
    }
}
