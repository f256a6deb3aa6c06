package dev.laurel.server.lifecycle;

import dev.laurel.server.platform.ClockMoves;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the reminder tests share: moving the clock as a person would, and reading what the sweep recorded and queued. */
final class ReminderFixture {

    private final int port;
    private final JdbcClient jdbc;

    ReminderFixture(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    /** {@code POST /dev/clock} with {@code duration}. */
    void advance(Duration duration) {
        ClockMoves.advance(port, duration.toString());
    }

    /** Moves the clock to {@code before} the credential's validUntil. */
    void advanceTo(UUID credential, Duration before, Instant now) {
        Instant validUntil = jdbc.sql("select valid_until from credentials where id = :id")
                .param("id", credential)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        advance(Duration.between(now, validUntil.minus(before)));
    }

    /** The mails of {@code kind} queued to {@code to}. */
    long queued(String to, String kind) {
        return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:to) and kind = :kind")
                .param("to", to)
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    /**
     * Waits up to a minute for the mails of {@code kind} to {@code to} to be sent: reminders go after mails queued
     * singly, as a cohort's do, so behind a backlog they take longer than {@code ServerTest.mailsTo} waits.
     */
    void awaitSent(String to, String kind) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            long unsent = jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:to) "
                            + "and kind = :kind and sent_at is null")
                    .param("to", to)
                    .param("kind", kind)
                    .query(Long.class)
                    .single();
            if (unsent == 0 && queued(to, kind) > 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the " + kind + " mail to " + to + " was not sent within a minute");
    }

    /** The credential's recorded steps, as {@code kind-days} or {@code kind-days skipped}, in order of recording. */
    List<String> steps(UUID credential) {
        return jdbc.sql("select kind || '-' || days || case when skipped then ' skipped' else '' end from "
                        + "lifecycle_reminders where credential_id = :id order by kind, days")
                .param("id", credential)
                .query(String.class)
                .list();
    }
}
