package dev.laurel.server.api;

import dev.laurel.server.applications.Application;
import dev.laurel.server.applications.Review;
import dev.laurel.server.applications.Submission;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An earner's application for a badge open for application, with its submissions and reviews, as the API shows it. */
@Schema(name = "Application")
record ApplicationResource(
        UUID id,

        @Schema(description = "The badge applied for.") UUID achievementId,
        String achievementName,
        IssueRequest.Recipient earner,

        @Schema(allowableValues = {"submitted", "changes-requested", "approved", "declined"})
        String state,

        @Schema(description = "The number of the latest submission, from 1.")
        int version,

        @Schema(description = "Approvals of the latest submission.")
        int approvals,

        @Schema(description = "The comment of the last change request, or the reason it was declined.")
        String reason,

        Instant submittedAt,
        Instant decidedAt,

        @Schema(description = "The credential issued once approved.")
        UUID credentialId,

        @Schema(description = "Every submission, oldest first; null in lists.")
        List<SubmissionResource> submissions,

        @Schema(description = "Every review, oldest first; null in lists.")
        List<ReviewResource> reviews) {

    /** One submission of evidence. */
    @Schema(name = "ApplicationSubmission")
    record SubmissionResource(
            int version,
            String statement,

            @Schema(description = "What the earner wrote per rubric criterion, by criterion id (c1, c2, …).")
            Map<String, String> answers,

            List<String> urls,
            List<FileResource> files,
            Instant submittedAt) {}

    /** An evidence file, downloadable on the review page. */
    @Schema(name = "ApplicationFile")
    record FileResource(UUID id, String name, String mediaType) {}

    /** A reviewer's review. */
    @Schema(name = "ApplicationReview")
    record ReviewResource(
            String reviewer,

            @Schema(description = "Whether the reviewer is an outside expert invited by mail.")
            boolean expert,

            int version,

            @Schema(allowableValues = {"approve", "request-changes", "decline"})
            String decision,

            String comment,

            @Schema(description = "The level chosen per rubric criterion: criterion id to level id (c1-l2).")
            Map<String, String> scores,

            Instant reviewedAt) {}

    /** A page of applications, the longest waiting first. */
    @Schema(name = "ApplicationPage")
    record Page(
            List<ApplicationResource> applications,

            @Schema(description = "Pass as cursor for the next page; null on the last.")
            String nextCursor) {}

    /**
     * A decision on the latest submission.
     *
     * @param scores the level per criterion; every criterion when approving
     */
    @Schema(name = "ApplicationDecision")
    record Decision(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"approve", "request-changes", "decline"})
            String decision,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Sent to the earner when asking for changes or declining; when approving, "
                            + "recorded as the reviewer's statement (an API key makes no endorsement).",
                    maxLength = 5000)
            String comment,

            Map<String, String> scores) {}

    static ApplicationResource of(Application application) {
        return of(application, null, null);
    }

    static ApplicationResource of(Application application, List<Submission> submissions, List<Review> reviews) {
        return new ApplicationResource(
                application.id().value(),
                application.badgeId().value(),
                application.badgeName(),
                new IssueRequest.Recipient(application.earnerEmail(), application.earnerName()),
                application.state().key(),
                application.version(),
                application.approvals(),
                application.reason(),
                application.submittedAt(),
                application.decidedAt(),
                application.credentialId() == null
                        ? null
                        : application.credentialId().value(),
                submissions == null
                        ? null
                        : submissions.stream()
                                .map(s -> new SubmissionResource(
                                        s.version(),
                                        s.statement(),
                                        s.answers(),
                                        s.urls(),
                                        s.files().stream()
                                                .map(f -> new FileResource(f.id(), f.name(), f.mediaType()))
                                                .toList(),
                                        s.at()))
                                .toList(),
                reviews == null
                        ? null
                        : reviews.stream()
                                .map(r -> new ReviewResource(
                                        r.reviewer().name(),
                                        r.reviewer().expert() && r.reviewer().email() != null,
                                        r.version(),
                                        r.decision().key(),
                                        r.comment(),
                                        r.scores(),
                                        r.at()))
                                .toList());
    }
}
