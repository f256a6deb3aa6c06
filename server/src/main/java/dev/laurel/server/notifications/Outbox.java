package dev.laurel.server.notifications;

import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional mail outbox: {@link #enqueue} writes the mail in the caller's transaction, so a mail is sent if and
 * only if what caused it was committed. {@link OutboxSender} delivers it.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues {@code mail}; returns its id. Must run inside the transaction whose commit should send it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(Mail mail) {
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                        insert into mail_outbox (id, recipient, subject, text_body, html_body, kind, created_at,
                                                 next_attempt_at, attempts)
                        values (:id, :to, :subject, :text, :html, :kind, :now, :now, 0)
                        """)
                .param("id", id)
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("kind", mail.kind())
                .param("now", java.sql.Timestamp.from(now))
                .update();
        return id;
    }
}
