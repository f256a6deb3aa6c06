package dev.laurel.server.webhooks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.laurel.server.platform.FollowUp;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery log for {@link #KEPT}: every hour, events older than that whose deliveries are all delivered or
 * failed are deleted with their deliveries and attempts, on one node at a time (a recurring follow-up); the delete is
 * idempotent.
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

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        RecurringTask<Void> webhookRetention(Retention retention) {
            return FollowUp.every("webhook-retention", Duration.ofHours(1), retention::prune);
        }
    }

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
