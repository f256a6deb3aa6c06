package dev.laurel.server.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery log for {@link #KEPT}: every hour, events older than that whose deliveries are all delivered or
 * failed are deleted with their deliveries and attempts. Any node may run it; the delete is idempotent.
 */
@Component
class Retention {

    static final Duration KEPT = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    Retention(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    void prune() {
        int deleted = jdbc.sql("""
                        delete from webhook_events ev where ev.occurred_at < :cutoff
                        and not exists (select 1 from webhook_deliveries d
                                        where d.event_id = ev.id and d.state in ('pending', 'sending'))
                        """)
                .param("cutoff", Timestamp.from(clock.instant().minus(KEPT)))
                .update();
        if (deleted > 0) {
            log.info("deleted {} webhook events older than {} days, with their deliveries", deleted, KEPT.toDays());
        }
    }
}
