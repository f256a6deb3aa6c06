package dev.laurel.server.backpack;

import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.LifecyclePolicy;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The continuing-education credits an earner's verified imports carry towards renewing a credential issued here, as
 * the credits ledger counts them: for renewal by credits, when the badge's policy counts imports. Thread-safe.
 */
@Service
public class ImportedCredits {

    private final Backpack backpack;
    private final CreditsLedger ledger;

    ImportedCredits(Backpack backpack, CreditsLedger ledger) {
        this.backpack = backpack;
        this.ledger = ledger;
    }

    /** The credits of {@code accountId}'s verified imports within {@code renewed}'s validity; zero unless counted. */
    public BigDecimal towards(UUID accountId, IssuedCredential renewed, LifecyclePolicy policy) {
        if (!policy.renewalCountsImports()) {
            return BigDecimal.ZERO;
        }
        return ledger.imported(backpack.entries(accountId), renewed, policy);
    }
}
