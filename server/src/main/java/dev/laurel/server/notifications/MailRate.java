package dev.laurel.server.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail throttle, {@code laurel.mail.per-minute} (0: none): how many more mails may leave now, counted from the
 * outbox's own record of the last minute's deliveries, so it holds across every node. A delivery holds the throttle's
 * lock until it commits, so two nodes never both spend the same allowance.
 */
@Component
class MailRate {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final int perMinute;

    MailRate(JdbcClient jdbc, @Value("${laurel.mail.per-minute:0}") int perMinute) {
        this.jdbc = jdbc;
        this.perMinute = perMinute;
    }

    /** At most {@code wanted} mails that may be sent at {@code now}: 0 when the last minute used the allowance. */
    @Transactional(propagation = Propagation.MANDATORY)
    int allowance(Instant now, int wanted) {
        if (perMinute <= 0) {
            return wanted;
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('mail-outbox-rate'))")
                .query((rs, row) -> null)
                .list();
        long sent = jdbc.sql("select count(*) from mail_outbox where sent_at > :since and sent_at <= :now")
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return (int) Math.max(0, Math.min(wanted, perMinute - sent));
    }

    /** When the allowance used up at {@code now} frees again: a minute after the oldest delivery of the last minute. */
    @Transactional(propagation = Propagation.MANDATORY)
    Instant freed(Instant now) {
        Timestamp oldest = jdbc.sql("select min(sent_at) from mail_outbox where sent_at > :since and sent_at <= :now")
                .param("since", Timestamp.from(now.minus(WINDOW)))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return oldest == null ? now.plusSeconds(1) : oldest.toInstant().plus(WINDOW);
    }
}
