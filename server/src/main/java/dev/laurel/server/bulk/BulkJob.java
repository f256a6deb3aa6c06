package dev.laurel.server.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A bulk issuing job and where it stands.
 *
 * @param state {@code checked} (the dry run is done), {@code queued}, {@code running}, {@code completed} or {@code
 *     cancelled}
 * @param total the rows read
 * @param valid the rows that passed the dry run
 * @param issued credentials issued so far
 * @param skipped rows skipped at issue time because their recipient already had the badge from another job
 * @param failed rows that could not be issued (their error is recorded)
 * @param cancelled rows left unissued by a cancellation
 * @param fileProblem why the file could not be read, or null
 */
public record BulkJob(
        UUID id,
        UUID organizationId,
        UUID badgeId,
        String state,
        String source,
        int total,
        int valid,
        int issued,
        int skipped,
        int failed,
        int cancelled,
        String fileProblem,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Rows with a problem. */
    public int invalid() {
        return total - valid;
    }

    /** Rows still to issue. */
    public int remaining() {
        return state.equals("checked") ? valid : Math.max(0, valid - issued - skipped - failed - cancelled);
    }

    public boolean finished() {
        return state.equals("completed") || state.equals("cancelled");
    }

    /** Rows done per second since the job started, or 0. */
    public double rate(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return (issued + skipped + failed) / seconds;
    }

    /** Seconds until done at the current rate, or null when it cannot be told. */
    public Long etaSeconds(Instant now) {
        double rate = rate(now);
        if (finished() || rate <= 0) {
            return finished() ? 0L : null;
        }
        return Math.round(remaining() / rate);
    }

    /** How much is done, 0 to 100. */
    public int percent() {
        if (state.equals("completed")) {
            return 100;
        }
        return valid == 0 ? 0 : (int) Math.floor(100.0 * (issued + skipped + failed + cancelled) / valid);
    }
}
