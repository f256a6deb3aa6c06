package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.CredentialId;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reminder step handled, as a collection: one row per credential and step, claimed by inserting it — so of two
 * nodes (or a run and its retry after a crash) exactly one records a step, and only that one queues its mail.
 */
@Repository
class ReminderLog {

    private final JdbcClient jdbc;

    ReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the step for the credential unless it is recorded already; true when this call recorded it. Waits for
     * another transaction recording the same step, and answers false once that one committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean claim(CredentialId credential, ReminderStep step, Instant at, boolean skipped) {
        return jdbc.sql("""
                        insert into lifecycle_reminders (credential_id, kind, days, sent_at, skipped)
                        values (:credential, :kind, :days, :at, :skipped)
                        on conflict do nothing
                        """)
                        .param("credential", credential.value())
                        .param("kind", step.kind().key())
                        .param("days", step.days())
                        .param("at", Timestamp.from(at))
                        .param("skipped", skipped)
                        .update()
                == 1;
    }
}
