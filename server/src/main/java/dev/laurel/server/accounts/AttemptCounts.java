package dev.laurel.server.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attempts counted per kind and subject in PostgreSQL, for throttling. An attempt is taken before the work it guards
 * (checking a password, mailing a link) by a single {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE ... RETURNING}:
 * PostgreSQL locks the row, so parallel attempts, on any node, are counted one after another and no more than the
 * limit pass. Subjects are compared lower-cased.
 */
@Repository
class AttemptCounts {

    /** At most {@code max} attempts in a window of {@code per} that starts with the first attempt. */
    record Window(int max, Duration per) {}

    /**
     * {@code free} attempts at any pace; then each further attempt waits {@code first} after the one before, doubling
     * with every attempt, at most {@code max}; all is forgotten {@code forgetAfter} after the last attempt.
     */
    record Backoff(int free, Duration first, Duration max, Duration forgetAfter) {

        /** How long the attempt after the {@code count}-th must wait after it. */
        Duration delayAfter(int count) {
            if (count < free) {
                return Duration.ZERO;
            }
            Duration delay = first.multipliedBy(1L << Math.min(count - free, 30));
            return delay.compareTo(max) > 0 ? max : delay;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes an attempt when the window allows it: true when taken, false (and nothing counted) when refused. */
    boolean take(String kind, String subject, Window limit) {
        Instant now = clock.instant();
        forgetOld(kind, now.minus(limit.per()));
        return jdbc.sql("""
                        insert into attempt_counts as c (kind, subject, count, first_at, last_at)
                        values (:kind, :subject, 1, :now, :now)
                        on conflict (kind, subject) do update set
                            count = case when c.first_at <= :windowStart then 1 else c.count + 1 end,
                            first_at = case when c.first_at <= :windowStart then :now else c.first_at end,
                            last_at = :now
                        where c.first_at <= :windowStart or c.count < :max
                        returning count
                        """)
                .param("kind", kind)
                .param("subject", key(subject))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(limit.per())))
                .param("max", limit.max())
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** Takes an attempt when the back-off allows it now: true when taken, false (and nothing counted) when refused. */
    boolean take(String kind, String subject, Backoff limit) {
        Instant now = clock.instant();
        forgetOld(kind, now.minus(limit.forgetAfter()));
        return jdbc.sql("""
                        insert into attempt_counts as c (kind, subject, count, first_at, last_at)
                        values (:kind, :subject, 1, :now, :now)
                        on conflict (kind, subject) do update set
                            count = case when c.last_at <= :forgetBefore then 1 else c.count + 1 end,
                            first_at = case when c.last_at <= :forgetBefore then :now else c.first_at end,
                            last_at = :now
                        where c.last_at <= :forgetBefore or c.count < :free
                            or c.last_at + make_interval(secs => least(
                                    :firstSeconds * power(2, least(c.count - :free, 30)), :maxSeconds)) <= :now
                        returning count
                        """)
                .param("kind", kind)
                .param("subject", key(subject))
                .param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(now.minus(limit.forgetAfter())))
                .param("free", limit.free())
                .param("firstSeconds", seconds(limit.first()))
                .param("maxSeconds", seconds(limit.max()))
                .query(Integer.class)
                .optional()
                .isPresent();
    }

    /** Gives back an attempt that turned out well (a correct password), so only failures stay counted. */
    void giveBack(String kind, String subject) {
        jdbc.sql("update attempt_counts set count = greatest(count - 1, 0) where kind = :kind and subject = :subject")
                .param("kind", kind)
                .param("subject", key(subject))
                .update();
    }

    /** Forgets every attempt of {@code kind} for {@code subject}. */
    void forget(String kind, String subject) {
        jdbc.sql("delete from attempt_counts where kind = :kind and subject = :subject")
                .param("kind", kind)
                .param("subject", key(subject))
                .update();
    }

    private void forgetOld(String kind, Instant before) {
        jdbc.sql("delete from attempt_counts where kind = :kind and last_at < :before")
                .param("kind", kind)
                .param("before", Timestamp.from(before))
                .update();
    }

    private static String key(String subject) {
        return subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
