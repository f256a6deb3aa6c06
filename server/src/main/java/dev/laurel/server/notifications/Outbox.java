package dev.laurel.server.notifications;

import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.platform.FollowUps;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional mail outbox: {@link #enqueue} writes the mail and schedules its delivery ({@link OutboxSender#TASK},
 * one follow-up per mail) in the caller's transaction, so a mail is sent if and only if what caused it was committed.
 * {@link OutboxSender} delivers it. The secret tokens of a mail's links ({@link TokenLink}) are stored beside it, so
 * that delivering it can remove them.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;
    private final FollowUps followUps;

    Outbox(JdbcClient jdbc, JdbcTemplate batch, Clock clock, FollowUps followUps) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
        this.followUps = followUps;
    }

    /**
     * Queues many mails in one batch, each rendered when it is sent; they go after mails queued singly, so a cohort's
     * mails never hold up a password reset. Must run inside the transaction whose commit should send them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueAll(List<TemplatedMail> mails) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>(mails.size());
        List<SchedulableInstance<?>> deliveries = new ArrayList<>(mails.size());
        for (TemplatedMail mail : mails) {
            UUID id = UUID.randomUUID();
            deliveries.add(OutboxSender.TASK
                    .instance(id.toString())
                    .priority(OutboxSender.BULK)
                    .scheduledTo(now.toInstant()));
            rows.add(new Object[] {
                id,
                mail.to(),
                mail.subject(),
                mail.kind(),
                now,
                now,
                Json.write(Json.MAPPER.valueToTree(TokenLink.urls(mail.variables()))),
                mail.locale().toLanguageTag(),
                TokenLink.tokens(mail.variables()).toArray(String[]::new),
                mail.senderName(),
                headers(mail.headers())
            });
        }
        batch.batchUpdate("""
                insert into mail_outbox (id, recipient, subject, kind, created_at, next_attempt_at, attempts,
                                         variables, locale, tokens, sender_name, headers)
                values (?, ?, ?, ?, ?, ?, 0, cast(? as jsonb), ?, ?, ?, cast(? as jsonb))
                """, rows, new int[] {
            Types.OTHER,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.ARRAY,
            Types.VARCHAR,
            Types.VARCHAR
        });
        followUps.scheduleAll(deliveries);
    }

    /** Queues {@code mail}; returns its id. Must run inside the transaction whose commit should send it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(Mail mail) {
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                        insert into mail_outbox (id, recipient, subject, text_body, html_body, kind, created_at,
                                                 next_attempt_at, attempts, tokens, sender_name, headers)
                        values (:id, :to, :subject, :text, :html, :kind, :now, :now, 0, :tokens, :sender,
                                cast(:headers as jsonb))
                        """)
                .param("id", id)
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("kind", mail.kind())
                .param("now", java.sql.Timestamp.from(now))
                .param("tokens", mail.tokens().toArray(String[]::new))
                .param("sender", mail.senderName())
                .param("headers", headers(mail.headers()))
                .update();
        followUps.schedule(OutboxSender.TASK
                .instance(id.toString())
                .priority(OutboxSender.SINGLE)
                .scheduledTo(now));
        return id;
    }

    /**
     * Deletes every mail to these addresses, sent or not: their owner deleted their account. With {@code kinds}, only
     * mails of those kinds (e.g. the confirmation mailed to an address that was never confirmed).
     */
    @Transactional
    public void forget(Collection<String> recipients, String... kinds) {
        if (recipients.isEmpty()) {
            return;
        }
        jdbc.sql("delete from mail_outbox where lower(recipient) = any(:to) "
                        + "and (cardinality(cast(:kinds as text[])) = 0 or kind = any(:kinds))")
                .param(
                        "to",
                        recipients.stream()
                                .map(r -> r.strip().toLowerCase(Locale.ROOT))
                                .toArray(String[]::new))
                .param("kinds", kinds)
                .update();
    }

    /** Further header fields as the outbox stores them: a JSON object, or null for none. */
    private static String headers(java.util.Map<String, String> headers) {
        return headers.isEmpty() ? null : Json.write(Json.MAPPER.valueToTree(headers));
    }
}
