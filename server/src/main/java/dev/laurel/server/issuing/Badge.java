package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.signing.ProofFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A badge an organization designed: the Open Badges 3.0 Achievement its credentials award.
 *
 * @param id the badge's id
 * @param organizationId the organization that issues it
 * @param name the name
 * @param description what it recognizes
 * @param criteriaNarrative how it is earned, in words; may be null when {@code criteriaUrl} is set
 * @param criteriaUrl where the criteria are published; may be null
 * @param imageType the image's media type (PNG or SVG)
 * @param achievementType the Open Badges achievement type (e.g. Badge, Certificate, Course), or null
 * @param tags free tags
 * @param skills the skills it evidences
 * @param alignments framework items it aligns to
 * @param creditsAvailable continuing-education credits, or null
 * @param validityMonths how long a credential stays valid, or null for no end
 * @param proofFormat how its credentials are signed by default
 * @param createdAt when it was designed
 */
public record Badge(
        BadgeId id,
        OrganizationId organizationId,
        String name,
        String description,
        String criteriaNarrative,
        String criteriaUrl,
        String imageType,
        String achievementType,
        List<String> tags,
        List<String> skills,
        List<BadgeAlignment> alignments,
        BigDecimal creditsAvailable,
        Integer validityMonths,
        ProofFormat proofFormat,
        Instant createdAt) {

    public Badge {
        tags = List.copyOf(tags);
        skills = List.copyOf(skills);
        alignments = List.copyOf(alignments);
    }
}
