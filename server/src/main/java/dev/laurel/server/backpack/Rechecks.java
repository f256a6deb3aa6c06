package dev.laurel.server.backpack;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.verification.CredentialVerification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies imported credentials again, as their import did, so that an issuer's later revocation or suspension
 * shows: every {@code laurel.backpack.recheck-poll} (ten minutes) a recurring follow-up, run by one node at a time,
 * claims in batches the imports last checked more than {@code laurel.backpack.recheck-interval} (default 24 hours) ago
 * ({@link Items#claimDue}, {@code FOR UPDATE SKIP LOCKED}, so concurrent checks never take the same item),
 * verifies them outside any transaction and keeps the new report, and whether the credential names one of its earner's
 * confirmed addresses today ({@link Addressee}). A check that cannot conclude (the issuer's site
 * down) keeps the last conclusive report, records why, and is tried again after {@link #RETRY}. A result that changes
 * whether the import counts ({@link Item#counts}) is announced ({@link ImportEvents.ImportStandingChanged}) in the
 * transaction that records it. Thread-safe.
 */
@Service
class Rechecks {

    /** How many items one claim takes. */
    static final int BATCH = 10;

    /** How soon a check that could not conclude (the issuer's site down) is tried again, at most the interval. */
    static final Duration RETRY = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(Rechecks.class);

    private final Items items;
    private final EarnerAddresses addresses;
    private final CredentialVerification verification;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration interval;

    Rechecks(
            Items items,
            EarnerAddresses addresses,
            CredentialVerification verification,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${laurel.backpack.recheck-interval:24h}") Duration interval) {
        this.items = items;
        this.addresses = addresses;
        this.verification = verification;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.interval = interval;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        RecurringTask<Void> backpackRechecks(
                Rechecks rechecks, @Value("${laurel.backpack.recheck-poll:10m}") Duration poll) {
            return FollowUp.every("backpack-rechecks", poll, rechecks::recheckDue);
        }
    }

    /** Checks every due import, batch after batch, until none is left. */
    void recheckDue() {
        int checked;
        do {
            checked = batch(BATCH).size();
        } while (checked == BATCH);
    }

    /** Claims and checks up to {@code limit} due imports; returns the ids of those checked. */
    List<UUID> batch(int limit) {
        Instant now = clock.instant();
        List<UUID> checked = new ArrayList<>();
        Instant retry = now.minus(interval.compareTo(RETRY) < 0 ? interval : RETRY);
        for (Items.Due due : items.claimDue(now.minus(interval), retry, now, limit)) {
            check(due);
            checked.add(due.id());
        }
        return checked;
    }

    /** Checks one import now (its earner asked); empty when it is not an import. */
    Optional<Verdict> now(UUID itemId) {
        return items.find(itemId).flatMap(item -> items.original(itemId)
                .map(original -> check(new Items.Due(itemId, item.accountId(), original.bytes()))));
    }

    private Verdict check(Items.Due due) {
        UUID itemId = due.id();
        byte[] original = due.original();
        Verdict verdict;
        VerificationReport report = null;
        try {
            report = verification.verify(original);
            verdict = Verdict.of(report);
        } catch (RuntimeException e) {
            log.warn("re-checking backpack item {} failed", itemId, e);
            verdict = new Verdict.Inconclusive("the check failed: " + e.getMessage());
        }
        keep(due, verdict, report);
        return verdict;
    }

    /**
     * Keeps what the check came to, the item's row locked, and announces in the same transaction a change in whether
     * the import counts.
     */
    private void keep(Items.Due due, Verdict verdict, VerificationReport report) {
        UUID itemId = due.id();
        Instant at = clock.instant();
        transactions.executeWithoutResult(status -> {
            Optional<Boolean> counted = items.lock(itemId).map(Item::counts);
            switch (verdict) {
                case Verdict.Conclusive conclusive ->
                    items.recordConclusive(
                            itemId,
                            conclusive.standing(),
                            report,
                            Addressee.among(report.credential().orElse(null), addresses.confirmed(due.accountId())),
                            at);
                case Verdict.Inconclusive inconclusive -> items.recordInconclusive(itemId, inconclusive.problem(), at);
            }
            Optional<Boolean> counts = items.find(itemId).map(Item::counts);
            if (counted.isPresent() && counts.isPresent() && !counted.equals(counts)) {
                events.publishEvent(new ImportEvents.ImportStandingChanged(due.accountId(), itemId, counts.get()));
            }
        });
    }
}
