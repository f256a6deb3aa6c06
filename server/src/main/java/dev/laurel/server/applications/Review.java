package dev.laurel.server.applications;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A reviewer's review of one submission.
 *
 * @param scores the level chosen per rubric criterion, by criterion id
 */
public record Review(
        Reviewer reviewer, int version, Decision decision, String comment, Map<String, String> scores, Instant at) {

    public Review {
        scores = Map.copyOf(scores);
    }

    /** What a reviewer decides. */
    public enum Decision {
        APPROVE,
        REQUEST_CHANGES,
        DECLINE;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The decision named {@code key}, or null. */
        public static Decision parse(String key) {
            for (Decision decision : values()) {
                if (decision.key().equals(key)) {
                    return decision;
                }
            }
            return null;
        }
    }
}
