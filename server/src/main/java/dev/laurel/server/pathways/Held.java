package dev.laurel.server.pathways;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A credential an earner holds, as pathways match it: issued on this Laurel (by any organization) or imported into
 * their backpack.
 *
 * @param id the credential's id as a verifier sees it (its public page for one issued here, the imported document's id)
 * @param credentialId the credential when it was issued here, else null
 * @param badgeId the badge when it was issued here, else null
 * @param achievementId the achievement's id (for a badge of this Laurel, {@code BASE/badges/ID})
 * @param name the achievement's name
 * @param issuerId the issuer's id, a DID or URL
 * @param alignments the targetUrl and targetCode of every alignment of the achievement
 * @param earnedAt when it was issued (its validFrom)
 * @param credits the continuing-education credits earned with it, or null
 * @param current whether it counts now: not revoked nor suspended, not expired, and for an import verified
 */
public record Held(
        String id,
        CredentialId credentialId,
        BadgeId badgeId,
        String achievementId,
        String name,
        String issuerId,
        String issuerName,
        Set<String> alignments,
        Instant earnedAt,
        BigDecimal credits,
        boolean current) {

    public Held {
        alignments = Set.copyOf(alignments);
    }

    /** What a skill requirement may name of a badge of this Laurel: each alignment's targetUrl and targetCode. */
    static Set<String> alignments(dev.laurel.server.issuing.Badge badge) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        badge.alignments().forEach(alignment -> {
            if (alignment.url() != null) {
                keys.add(alignment.url());
            }
            if (alignment.code() != null) {
                keys.add(alignment.code());
            }
        });
        return keys;
    }

    /** Whether this credential meets {@code requirement}. */
    public boolean meets(Step.Requirement requirement) {
        return switch (requirement) {
            case Step.OwnBadge own -> own.badge().equals(badgeId);
            case Step.ExternalAchievement external -> external.achievement().equals(achievementId);
            case Step.IssuerBadge issuer ->
                issuer.issuer().equals(issuerId)
                        && name != null
                        && issuer.name().equalsIgnoreCase(name.strip());
            case Step.Skill skill -> alignments.stream().anyMatch(a -> a.equalsIgnoreCase(skill.skill()));
        };
    }
}
