package dev.laurel.server.lifecycle;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.notifications.Outbox;
import dev.laurel.server.notifications.TemplatedMail;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Organizations;
import dev.laurel.server.platform.FollowUp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder sweep, every {@code laurel.lifecycle.reminder-interval} on one node (and at once after {@code POST
 * /dev/clock} moved the clock past it): for each badge, under its {@link LifecyclePolicy}, the credentials with a
 * reminder step due get its mail — to accept, then before expiry — and subscribed members their weekly digest.
 *
 * <p>Exactly once per credential and step: a batch of {@code laurel.lifecycle.reminder-batch} credentials is one
 * transaction that records each step ({@link ReminderLog}) and queues its mail ({@link Outbox}, after mails queued
 * singly, as a cohort's are) together, so a crash
 * leaves both or neither, and of two nodes sweeping at once only the one that recorded a step mails it. When several
 * steps came due at once (the clock jumped), only the most urgent is mailed and the others are recorded as skipped.
 * An address that unsubscribed gets no reminder: its steps are recorded as skipped. Thread-safe.
 */
@Service
public class Reminders {

    private static final UUID FIRST = new UUID(0, 0);

    private final DueCredentials due;
    private final ReminderLog log;
    private final ReminderMails mails;
    private final Unsubscribes unsubscribes;
    private final ExpiryDigests digests;
    private final LifecyclePolicies policies;
    private final Organizations organizations;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batch;

    Reminders(
            DueCredentials due,
            ReminderLog log,
            ReminderMails mails,
            Unsubscribes unsubscribes,
            ExpiryDigests digests,
            LifecyclePolicies policies,
            Organizations organizations,
            Outbox outbox,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${laurel.lifecycle.reminder-batch:100}") int batch) {
        this.due = due;
        this.log = log;
        this.mails = mails;
        this.unsubscribes = unsubscribes;
        this.digests = digests;
        this.policies = policies;
        this.organizations = organizations;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.batch = batch;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        RecurringTask<Void> lifecycleReminders(
                Reminders reminders, @Value("${laurel.lifecycle.reminder-interval:5m}") Duration interval) {
            return FollowUp.every("lifecycle-reminders", interval, reminders::sendDue);
        }
    }

    /** Sends every reminder due now, and the digests due this week; safe to run on several nodes at once. */
    public void sendDue() {
        sendDue(null);
    }

    /**
     * Sends what {@link #sendDue()} would, for one organization's credentials and members only: for an operator, or a
     * test that moved the clock, when the others' reminders must not go.
     */
    public void sendDue(OrganizationId organization) {
        Instant now = clock.instant();
        for (ReminderStep.Kind kind : ReminderStep.Kind.values()) {
            for (DueCredentials.BadgeRef badge : due.badges(kind, now, organization)) {
                sweep(kind, badge, now);
            }
        }
        digests.sendDue(now, organization);
    }

    private void sweep(ReminderStep.Kind kind, DueCredentials.BadgeRef badge, Instant now) {
        LifecyclePolicy policy = policies.of(badge.organizationId(), badge.badgeId());
        List<Integer> days =
                kind == ReminderStep.Kind.ACCEPT ? policy.acceptReminderDays() : policy.expiryReminderDays();
        if (days.isEmpty()) {
            return;
        }
        Organization issuer = organizations.find(badge.organizationId()).orElseThrow();
        UUID after = FIRST;
        while (true) {
            List<DueCredentials.Candidate> page = due.due(kind, badge.badgeId(), days, now, after, batch);
            if (page.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> {
                List<TemplatedMail> mails = new ArrayList<>();
                page.forEach(credential ->
                        remind(kind, credential, days, policy, issuer, now).ifPresent(mails::add));
                outbox.enqueueAll(mails);
            });
            after = page.getLast().id().value();
        }
    }

    /** Records the credential's due step (and the passed ones as skipped); its mail when this call recorded it. */
    private Optional<TemplatedMail> remind(
            ReminderStep.Kind kind,
            DueCredentials.Candidate credential,
            List<Integer> days,
            LifecyclePolicy policy,
            Organization issuer,
            Instant now) {
        Optional<ReminderStep.Due> due =
                ReminderStep.Due.at(kind, days, credential.since(), credential.validUntil(), now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        ReminderStep.Due step = due.get();
        step.skipped().forEach(skipped -> log.claim(credential.id(), skipped, now, true));
        boolean quiet = unsubscribes.unsubscribed(credential.email());
        if (!log.claim(credential.id(), step.send(), now, quiet) || quiet) {
            return Optional.empty();
        }
        return Optional.of(
                kind == ReminderStep.Kind.ACCEPT
                        ? mails.accept(credential, issuer, step.send())
                        : mails.expiry(credential, issuer, step.send(), policy));
    }
}
