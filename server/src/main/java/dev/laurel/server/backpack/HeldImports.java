package dev.laurel.server.backpack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Who an address belongs to and the credentials their backpack imported, as other modules match them (pathways):
 * read-only, batched for many earners at once. Thread-safe.
 */
@Service
public class HeldImports {

    /**
     * The account an address belongs to, by its sign-in address or a confirmed further one.
     *
     * @param email the account's sign-in address, lowercased: the earner's one name across modules
     * @param addresses every address of the account, lowercased, the sign-in address included
     */
    public record Holder(UUID accountId, String email, Set<String> addresses) {
        public Holder {
            addresses = Set.copyOf(addresses);
        }
    }

    /**
     * An imported credential, as its JSON says (for a VC-JWT its payload's credential; for a baked image the credential
     * inside); absent values are null.
     *
     * @param itemId the backpack item
     * @param id the credential's own id (its {@code id}), or null
     * @param achievementId {@code credentialSubject.achievement.id} (Open Badges 3.0) or the BadgeClass's id (2.0)
     * @param name the achievement's name
     * @param issuerId the issuer's id (a DID or URL)
     * @param alignments each alignment's {@code targetUrl} and {@code targetCode} (3.0 and 2.0 terms)
     * @param issuedAt validFrom (issuanceDate, issuedOn)
     * @param validUntil when it expires
     * @param credits {@code credentialSubject.creditsEarned}
     * @param verified whether it counts: verified at the last check, not revoked or suspended by its issuer, and
     *     issued to the account's earner
     */
    public record Import(
            UUID itemId,
            String id,
            String achievementId,
            String name,
            String issuerId,
            String issuerName,
            Set<String> alignments,
            Instant issuedAt,
            Instant validUntil,
            BigDecimal credits,
            boolean verified) {
        public Import {
            alignments = Set.copyOf(alignments);
        }
    }

    /** The holders of these addresses, by the address as given lowercased; addresses of no account are left out. */
    public Map<String, Holder> holders(Collection<String> emails) {
        return Map.of(); // the backpack helper fills this
    }

    /** Every import of each of these accounts (none for an account without any). */
    public Map<UUID, List<Import>> imports(Collection<UUID> accountIds) {
        return Map.of(); // the backpack helper fills this
    }
}
