package dev.laurel.server.api;

import dev.laurel.server.bulk.BulkJob;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A bulk issuing job as the API shows it: where it stands, how fast it goes, when it should end. */
@Schema(name = "BulkJob")
record BulkJobResource(
        UUID id,
        UUID achievementId,

        @Schema(
                description =
                        "checked (the dry run is done, nothing issued), queued, running, completed, " + "cancelled",
                example = "running")
        String state,

        @Schema(description = "Rows read.", example = "1200")
        int total,

        @Schema(description = "Rows without a problem.", example = "1198")
        int valid,

        @Schema(description = "Rows with a problem (see problems).", example = "2")
        int invalid,

        @Schema(description = "Credentials issued so far.", example = "640")
        int issued,

        @Schema(description = "Rows whose recipient got the achievement from another job meanwhile.", example = "0")
        int skipped,

        @Schema(description = "Rows that could not be issued.", example = "0")
        int failed,

        @Schema(description = "Rows left unissued by a cancellation.", example = "0")
        int cancelled,

        @Schema(description = "Rows still to issue.", example = "558")
        int remaining,

        @Schema(description = "Done, 0 to 100.", example = "53")
        int percent,

        @Schema(description = "Rows done per second since the start.", example = "212.5")
        double ratePerSecond,

        @Schema(description = "Seconds until done at that rate; null when unknown.", example = "3")
        Long etaSeconds,

        @Schema(description = "Why the upload could not be read as a whole; null when it could.")
        String fileProblem,

        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,

        @Schema(description = "This resource.", example = "/api/v1/bulk-jobs/ID")
        String self,

        @Schema(description = "The dry run's problems, by row.", example = "/api/v1/bulk-jobs/ID/problems")
        String problems) {

    static BulkJobResource of(BulkJob job, Instant now) {
        String self = "/api/v1/bulk-jobs/" + job.id();
        return new BulkJobResource(
                job.id(),
                job.badgeId(),
                job.state(),
                job.total(),
                job.valid(),
                job.invalid(),
                job.issued(),
                job.skipped(),
                job.failed(),
                job.cancelled(),
                job.remaining(),
                job.percent(),
                Math.round(job.rate(now) * 10) / 10.0,
                job.etaSeconds(now),
                job.fileProblem(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt(),
                self,
                self + "/problems");
    }
}
