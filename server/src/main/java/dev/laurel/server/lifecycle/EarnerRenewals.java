package dev.laurel.server.lifecycle;

import dev.laurel.server.accounts.Accounts;
import dev.laurel.server.claims.Acceptances;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The earner's side of renewal: which credentials are theirs (they accepted it, or it was issued to their confirmed
 * login address), what their policy offers now, and asking — with evidence for the manual rule (a request for the
 * issuer), or by credits (renewed at once, the organization's rule acting). Thread-safe.
 */
@Service
class EarnerRenewals {

    private final IssuedCredentials credentials;
    private final LifecyclePolicies policies;
    private final RenewalRequests requests;
    private final EarnedCredits credits;
    private final Renewals renewals;
    private final Acceptances acceptances;
    private final Accounts accounts;
    private final Clock clock;

    EarnerRenewals(
            IssuedCredentials credentials,
            LifecyclePolicies policies,
            RenewalRequests requests,
            EarnedCredits credits,
            Renewals renewals,
            Acceptances acceptances,
            Accounts accounts,
            Clock clock) {
        this.credentials = credentials;
        this.policies = policies;
        this.requests = requests;
        this.credits = credits;
        this.renewals = renewals;
        this.acceptances = acceptances;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The credential, when the account accepted it or it was issued to the account's confirmed login address. */
    Optional<IssuedCredential> yours(CredentialId id, UUID accountId) {
        return credentials.find(id).filter(c -> !c.recipientForgotten()).filter(c -> acceptances
                .acceptorOf(id.value())
                .map(accountId::equals)
                .orElseGet(() -> accounts.find(accountId)
                        .filter(a -> a.emailVerified() && a.email().equalsIgnoreCase(c.recipientEmail()))
                        .isPresent()));
    }

    /** What the credential's policy offers its earner now. */
    RenewalOffer offer(IssuedCredential credential) {
        Instant now = clock.instant();
        LifecyclePolicy policy = policies.of(credential.organizationId(), credential.badgeId());
        return RenewalOffer.of(
                credential,
                policy,
                requests.pendingFor(credential.id()).orElse(null),
                now,
                () -> credits.towards(credential, policy, now));
    }

    /**
     * The earner asks to renew their credential: the pending request (manual rule), or the approved one naming the
     * renewal (credits rule).
     *
     * @throws dev.laurel.server.platform.Problem {@code lifecycle.not-offered}, {@code lifecycle.already-requested} or
     *     {@code lifecycle.evidence-invalid} (manual rule without evidence)
     */
    @Transactional
    RenewalRequest ask(IssuedCredential credential, UUID accountId, Evidence evidence) {
        RenewalOffer offer = offer(credential);
        if (offer.kind() == RenewalOffer.Kind.PENDING) {
            throw LifecycleError.ALREADY_REQUESTED.problem("A request waits for the issuer already.");
        }
        if (!offer.open()) {
            throw LifecycleError.NOT_OFFERED.problem(
                    "Renewal is not offered now (" + offer.kind().key() + ").");
        }
        if (offer.kind() == RenewalOffer.Kind.CREDITS) {
            return byCredits(credential, accountId, offer.credits());
        }
        if (evidence == null) {
            throw LifecycleError.EVIDENCE_INVALID
                    .problem("Give a link or a file as evidence.")
                    .with("evidence", "missing");
        }
        UUID id = UUID.randomUUID();
        if (!requests.add(
                id,
                credential.organizationId(),
                credential.id(),
                accountId,
                RenewalRequest.Rule.MANUAL,
                evidence,
                null,
                clock.instant())) {
            throw LifecycleError.ALREADY_REQUESTED.problem("A request waits for the issuer already.");
        }
        return requests.find(id).orElseThrow();
    }

    /**
     * Renews by credits now, the organization's rule acting, recording an approved request ({@code accountId} null
     * when nobody asked).
     */
    @Transactional
    RenewalRequest byCredits(IssuedCredential credential, UUID accountId, BigDecimal counted) {
        IssuedCredential renewal = renewals.renew(
                credential.organizationId(),
                credential.id(),
                new Actor.Rule(credential.organizationId().value()));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        requests.add(
                id,
                credential.organizationId(),
                credential.id(),
                accountId,
                RenewalRequest.Rule.CREDITS,
                null,
                counted,
                now);
        requests.decide(id, RenewalRequest.Status.APPROVED, null, renewal.id(), null, null, now);
        return requests.find(id).orElseThrow();
    }
}
