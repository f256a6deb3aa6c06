package dev.laurel.server.applications;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;

/**
 * A badge's application settings.
 *
 * @param open whether earners may apply now
 * @param approvalsRequired how many reviewers' approvals of one submission award the badge, 1 to 10
 * @param rubric its criteria and levels, possibly none
 */
public record Opening(
        BadgeId badgeId, OrganizationId organizationId, boolean open, int approvalsRequired, Rubric rubric) {

    static Opening closed(BadgeId badge, OrganizationId organization) {
        return new Opening(badge, organization, false, 1, Rubric.NONE);
    }
}
