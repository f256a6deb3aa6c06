package dev.laurel.server.pathways;

import dev.laurel.server.issuing.CredentialId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an earner stands on a pathway.
 *
 * @param completed whether the whole tree is complete now
 * @param goalCredential the goal credential awarded to them, or null
 * @param steps each step's standing, depth first (the root first)
 * @param percent how far along, 0 to 100: the requirements met of those the tree needs at least (100 only once
 *     complete)
 */
public record Progress(boolean completed, CredentialId goalCredential, List<StepProgress> steps, int percent) {

    public Progress {
        steps = List.copyOf(steps);
    }

    /** The standing of each step by its id. */
    public Map<String, StepProgress> byId() {
        return steps.stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.step().id(), s -> s, (a, b) -> a));
    }

    /**
     * One step's standing.
     *
     * @param done whether it is complete
     * @param have how many of its steps are complete (a requirement: 1 when met)
     * @param need how many it takes
     * @param credits the continuing-education credits of the badges counted under it
     * @param completedAt when it became complete, or null
     * @param satisfiedBy the credentials that meet it (for a group, those of its counted steps)
     * @param award the milestone credential awarded for it, or null
     */
    public record StepProgress(
            Step step,
            int depth,
            boolean done,
            int have,
            int need,
            BigDecimal credits,
            Instant completedAt,
            List<Held> satisfiedBy,
            CredentialId award) {

        public StepProgress {
            satisfiedBy = List.copyOf(satisfiedBy);
        }

        /** Started but not done. */
        public boolean inProgress() {
            return !done && have > 0;
        }
    }
}
