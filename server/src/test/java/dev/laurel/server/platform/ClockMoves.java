package dev.laurel.server.platform;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that move the shared platform clock forward (through {@code POST /dev/clock}, as a person would): puts it
 * back afterwards, and the one-time follow-up work scheduled while it was ahead back by as much, so the tests after
 * them run at the system's time. Recurring work keeps its time.
 */
public final class ClockMoves {

    private ClockMoves() {}

    /** {@code POST /dev/clock} on the test server at {@code port}: the platform clock {@code duration} (ISO-8601) on. */
    public static void advance(int port, String duration) {
        try {
            java.net.http.HttpResponse<String> moved = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://localhost:" + port + "/dev/clock"))
                                    .header("Content-Type", "application/json")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                            "{\"advance\": \"" + duration + "\"}"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (moved.statusCode() != 200) {
                throw new AssertionError("the clock did not move: " + moved.statusCode() + " " + moved.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The clock back to the system's time; one-time work due later than now moves back by the clock's offset. */
    public static void restore(Clock clock, JdbcClient jdbc) {
        AdjustableClock adjustable = (AdjustableClock) clock;
        Duration offset = adjustable.offset();
        if (offset.isZero()) {
            return;
        }
        // One-time work only: a recurring task's next run counts from its last (db-scheduler names its one instance
        // 'recurring'); moving it back as well would bring a sweep over every test's data nearer with each move.
        jdbc.sql(
                        "update scheduled_tasks set execution_time = greatest(execution_time - make_interval(secs => :seconds),"
                                + " now()) where execution_time > now() and not picked and task_instance <> 'recurring'")
                .param("seconds", (double) offset.toSeconds())
                .update();
        adjustable.rewind();
    }
}
