package dev.laurel.server.issuing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * How credentials of one badge are run after issue, with the organization's defaults and Laurel's filled in.
 *
 * @param acceptReminderDays days after issue to remind an earner who has not accepted yet, ascending
 * @param expiryReminderDays days before {@code validUntil} to remind the earner, descending
 * @param hideShareWhenExpired whether an expired credential's page offers no share buttons
 * @param renewalRule how a credential is renewed
 * @param renewalWindowDays how many days before {@code validUntil} the earner may ask to renew
 * @param renewalCredits for {@link RenewalRule#CREDITS}: the credits needed within the current validity window
 * @param renewalCreditBadges for {@link RenewalRule#CREDITS}: the badges whose credits count; empty for all of the
 *     organization's
 * @param renewalCountsImports for {@link RenewalRule#CREDITS}: whether verified imports from other issuers count
 * @param renewalAutomatic for {@link RenewalRule#CREDITS}: renew without a request once the credits are there
 * @param issuedMessage the issuer's message in the issued mail (a Markdown subset), or null
 */
public record LifecyclePolicy(
        List<Integer> acceptReminderDays,
        List<Integer> expiryReminderDays,
        boolean hideShareWhenExpired,
        RenewalRule renewalRule,
        int renewalWindowDays,
        BigDecimal renewalCredits,
        Set<BadgeId> renewalCreditBadges,
        boolean renewalCountsImports,
        boolean renewalAutomatic,
        String issuedMessage) {

    /** Laurel's defaults: reminders 7 and 30 days after issue and 90, 30 and 7 days before expiry; manual renewal. */
    public static final LifecyclePolicy DEFAULT = new LifecyclePolicy(
            List.of(7, 30), List.of(90, 30, 7), true, RenewalRule.MANUAL, 90, null, Set.of(), false, false, null);

    public LifecyclePolicy {
        acceptReminderDays = acceptReminderDays.stream().distinct().sorted().toList();
        expiryReminderDays = expiryReminderDays.stream()
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        renewalCreditBadges = Set.copyOf(renewalCreditBadges);
    }

    /** How a badge's credentials are renewed. */
    public enum RenewalRule {
        /** The earner asks, with evidence; the issuer approves or declines. */
        MANUAL,
        /** Enough continuing-education credits earned within the validity window. */
        CREDITS,
        /** Only the issuer re-issues; the earner cannot ask. */
        REISSUE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static RenewalRule parse(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
