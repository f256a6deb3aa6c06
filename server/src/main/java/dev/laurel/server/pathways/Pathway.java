package dev.laurel.server.pathways;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A pathway of an organization: badges to earn, in a tree of steps, towards a goal badge awarded on completion.
 *
 * @param goal the organization's badge awarded when the whole tree is complete
 * @param steps the tree; its root is a group
 * @param requireCurrent an awarded milestone is suspended while the badges that earned it are no longer current
 *     (revoked, expired, or an import that no longer verifies), and reinstated when they are again
 * @param published whether it is live: anyone may see it at {@code /pathways/ID}, and it is evaluated and awards;
 *     a draft or unpublished pathway records no progress and awards nothing
 */
public record Pathway(
        PathwayId id,
        OrganizationId organizationId,
        String name,
        String description,
        BadgeId goal,
        Step.Group steps,
        boolean requireCurrent,
        boolean published,
        Instant createdAt,
        Instant updatedAt) {

    public Pathway {
        Objects.requireNonNull(steps, "steps");
    }

    /** The step of this id, if the pathway has one. */
    public Optional<Step> step(String stepId) {
        return steps.flatten().filter(step -> step.id().equals(stepId)).findFirst();
    }

    /** The badge awarded on completing {@code group}: the goal for the root, else its milestone (maybe null). */
    public BadgeId award(Step.Group group) {
        return group == steps ? goal : group.milestone();
    }
}
