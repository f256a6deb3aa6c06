package dev.laurel.server.lifecycle;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.issuing.IssuingEvents.CredentialsIssued;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.platform.FollowUps;
import dev.laurel.server.platform.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Automatic renewal by credits: when credentials are issued in an organization whose policy renews by credits
 * automatically, a follow-up per earner (in the issuing transaction) looks at the earner's credentials there and renews
 * each whose policy says so, whose window is open and whose credits are there; when the credits are there before the
 * window opens, it runs again when it opens. Safe to run again: a credential is renewed once (its row lock and the
 * unique index on {@code credentials.renews}).
 */
@Component
class CreditRenewals {

    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("lifecycle-credit-renewal");

    private final IssuedCredentials credentials;
    private final LifecyclePolicies policies;
    private final EarnedCredits credits;
    private final EarnerRenewals renewals;
    private final FollowUps followUps;
    private final Clock clock;

    CreditRenewals(
            IssuedCredentials credentials,
            LifecyclePolicies policies,
            EarnedCredits credits,
            EarnerRenewals renewals,
            FollowUps followUps,
            Clock clock) {
        this.credentials = credentials;
        this.policies = policies;
        this.credits = credits;
        this.renewals = renewals;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> lifecycleCreditRenewal(CreditRenewals renewals) {
            return FollowUp.task(TASK, renewals::run);
        }
    }

    @EventListener
    void on(CredentialsIssued issued) {
        if (!policies.anyAutomatic(issued.organizationId())) {
            return;
        }
        Set<String> earners = new LinkedHashSet<>();
        issued.credentials().forEach(c -> earners.add(c.email().toLowerCase(Locale.ROOT)));
        Instant now = clock.instant();
        earners.forEach(
                email -> followUps.schedule(TASK, issued.organizationId().value() + "|" + email, now));
    }

    /** Renews what is due for the earner {@code ORGANIZATION|EMAIL}; again when a window opens later. */
    FollowUp.Next run(String id) {
        int bar = id.indexOf('|');
        OrganizationId organization = new OrganizationId(UUID.fromString(id.substring(0, bar)));
        String email = id.substring(bar + 1);
        Instant now = clock.instant();
        Optional<Instant> later = Optional.empty();
        IssuedCredentials.Search search = new IssuedCredentials.Search(null, email, null, null, null);
        for (IssuedCredential credential :
                credentials.search(organization, search, null, EarnedCredits.MAX_CREDENTIALS, now)) {
            Optional<Instant> opens = renewIfDue(credential, now);
            if (opens.isPresent() && (later.isEmpty() || opens.get().isBefore(later.get()))) {
                later = opens;
            }
        }
        return FollowUp.Next.of(later);
    }

    /** Renews the credential when due; when only its window is closed, when it opens. */
    private Optional<Instant> renewIfDue(IssuedCredential credential, Instant now) {
        if (credential.state() != CredentialState.ACTIVE
                || credential.renewedBy() != null
                || credential.validUntil() == null
                || credential.recipientForgotten()) {
            return Optional.empty();
        }
        LifecyclePolicy policy = policies.of(credential.organizationId(), credential.badgeId());
        if (policy.renewalRule() != LifecyclePolicy.RenewalRule.CREDITS
                || !policy.renewalAutomatic()
                || policy.renewalCredits() == null) {
            return Optional.empty();
        }
        var earned = credits.towards(credential, policy, now);
        if (earned.compareTo(policy.renewalCredits()) < 0) {
            return Optional.empty();
        }
        Instant opens = RenewalOffer.opensAt(credential, policy);
        if (now.isBefore(opens)) {
            return Optional.of(opens);
        }
        try {
            renewals.byCredits(credential, null, earned);
        } catch (Problem refused) {
            if (!refused.is(LifecycleError.ALREADY_RENEWED) && !refused.is(LifecycleError.NOT_RENEWABLE)) {
                throw refused;
            }
        }
        return Optional.empty();
    }
}
