package dev.laurel.server.pathways;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An earner on a pathway, as last evaluated, as the API shows it. */
@Schema(name = "PathwayEarner")
record EarnerResource(
        @Schema(
                description = "The earner's one address: an account's sign-in address, else the address issued to.",
                example = "ada@example.org")
        String email,

        @Schema(description = "The ids of the steps complete, sorted.", example = "[\"spreadsheets\", \"sql\"]")
        List<String> completedSteps,

        @Schema(description = "The share of requirements met, 0 to 100.", example = "40")
        int percent,

        @Schema(description = "When the whole pathway was complete, or null.")
        Instant completedAt,

        @Schema(description = "Whether the issuer enrolled them.")
        boolean enrolled,

        @Schema(description = "Whether they joined it themselves.")
        boolean joined,

        @Schema(description = "The id of the goal credential awarded to them, or null.")
        String goalCredential) {

    static EarnerResource of(PathwayProgress.Earner earner) {
        return new EarnerResource(
                earner.email(),
                earner.completedSteps().stream().sorted().toList(),
                earner.percent(),
                earner.completedAt(),
                earner.enrolled(),
                earner.joined(),
                earner.goalCredential() == null
                        ? null
                        : earner.goalCredential().value().toString());
    }

    /** A page of earners by address; {@code nextCursor} fetches the next, null on the last page. */
    @Schema(name = "PathwayEarnerPage")
    record Page(
            List<EarnerResource> items,

            @Schema(description = "Opaque; null on the last page.")
            String nextCursor) {}

    /** What enrolling a cohort did. */
    @Schema(name = "PathwayEnrollment")
    record Enrolled(
            @Schema(description = "How many were newly enrolled; those already on the pathway stay.", example = "2")
            int enrolled,

            @Schema(description = "How many addresses the request named.", example = "3")
            int recipients) {}

    /** A cohort to enroll. */
    @Schema(name = "PathwayEnrollmentRequest")
    record Enroll(
            @Schema(
                    description = "The earners' addresses, 1 to " + PathwayProgressApi.MAX_ENROLLMENTS + ".",
                    example = "[\"ada@example.org\", \"grace@example.org\"]")
            List<String> recipients) {}
}
