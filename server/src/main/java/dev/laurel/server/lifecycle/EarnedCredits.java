package dev.laurel.server.lifecycle;

import dev.laurel.server.backpack.ImportedCredits;
import dev.laurel.server.claims.Acceptances;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.issuing.LifecyclePolicy;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The continuing-education credits that count towards renewing a credential by credits: those earned with this
 * organization's other credentials to the same address, issued after the credential (from its {@code validFrom} on, a
 * second later at least, so a renewal does not count the credits that renewed what it renews), of the badges the
 * policy names (any other badge of the organization when it names none), neither revoked nor suspended, within its
 * validity; and, when the policy counts imports, the credits of the verified imports in the backpack of the account
 * that accepted it ({@link ImportedCredits}, the credits ledger's count).
 */
@Component
class EarnedCredits {

    /** How many of the earner's credentials are read: more than a cycle ever holds. */
    static final int MAX_CREDENTIALS = 1000;

    private final IssuedCredentials credentials;
    private final Acceptances acceptances;
    private final ImportedCredits imports;

    EarnedCredits(IssuedCredentials credentials, Acceptances acceptances, ImportedCredits imports) {
        this.credentials = credentials;
        this.acceptances = acceptances;
        this.imports = imports;
    }

    /** The credits counting towards renewing {@code renewed} under {@code policy} at {@code now}. */
    BigDecimal towards(IssuedCredential renewed, LifecyclePolicy policy, Instant now) {
        if (renewed.recipientForgotten()) {
            return BigDecimal.ZERO;
        }
        IssuedCredentials.Search search =
                new IssuedCredentials.Search(null, renewed.recipientEmail(), null, renewed.issuedAt(), null);
        BigDecimal imported = acceptances
                .acceptorOf(renewed.id().value())
                .map(account -> imports.towards(account, renewed, policy))
                .orElse(BigDecimal.ZERO);
        return credentials.search(renewed.organizationId(), search, null, MAX_CREDENTIALS, now).stream()
                .filter(c -> c.issuedAt().isAfter(renewed.issuedAt()))
                .filter(c -> renewed.validUntil() == null || c.issuedAt().isBefore(renewed.validUntil()))
                .filter(c -> c.state() == CredentialState.ACTIVE && c.creditsEarned() != null)
                .filter(c -> policy.renewalCreditBadges().isEmpty()
                        ? !c.badgeId().equals(renewed.badgeId())
                        : policy.renewalCreditBadges().contains(c.badgeId()))
                .map(IssuedCredential::creditsEarned)
                .reduce(imported, BigDecimal::add);
    }
}
