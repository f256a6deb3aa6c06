package dev.laurel.server.applications;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reviewer sends: a decision, a comment (the earner is sent it when changes are asked for or the application
 * declined; an approval's comment is the reviewer's endorsement of the credential), the level chosen per criterion.
 */
record Verdict(Review.Decision decision, String comment, Map<String, String> scores) {

    static final int MAX_COMMENT = 5_000;

    /**
     * The verdict, checked against the rubric: an approval scores every criterion with one of its levels; a change
     * request or a decline says why.
     *
     * @throws dev.laurel.server.platform.Problem {@code applications.review-invalid}
     */
    static Verdict of(String decision, String comment, Map<String, String> scores, Rubric rubric) {
        Review.Decision decided = Review.Decision.parse(decision == null ? "" : decision.strip());
        if (decided == null) {
            throw ApplicationError.REVIEW_INVALID.problem("Decide: approve, request-changes or decline.");
        }
        String said = comment == null ? "" : comment.strip();
        if (said.length() > MAX_COMMENT) {
            throw ApplicationError.REVIEW_INVALID.problem("The comment is at most 5,000 characters.");
        }
        if (said.isEmpty()) {
            throw ApplicationError.REVIEW_INVALID.problem(
                    decided == Review.Decision.APPROVE
                            ? "Say what you saw: your statement endorses the credential."
                            : "Say why: the earner is sent your comment.");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Rubric.Criterion criterion : rubric.criteria()) {
            String level = scores.get(criterion.id());
            if (level == null || level.isBlank()) {
                if (decided == Review.Decision.APPROVE) {
                    throw ApplicationError.REVIEW_INVALID.problem("Score every criterion: " + criterion.name() + ".");
                }
                continue;
            }
            if (criterion.level(level.strip()) == null) {
                throw ApplicationError.REVIEW_INVALID.problem("No such level for " + criterion.name() + ".");
            }
            kept.put(criterion.id(), level.strip());
        }
        return new Verdict(decided, said, kept);
    }
}
