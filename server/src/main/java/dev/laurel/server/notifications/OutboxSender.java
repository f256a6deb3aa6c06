package dev.laurel.server.notifications;

import dev.laurel.server.platform.LaurelSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: every two seconds, on whichever node gets there first ({@code FOR UPDATE SKIP LOCKED}), the due
 * mails are sent through SMTP; a failure is retried with exponential backoff up to an hour apart. Without an SMTP
 * server (a development start), mails are marked delivered to the outbox page only.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Optional<JavaMailSender> smtp;
    private final LaurelSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    OutboxSender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> smtp,
            LaurelSettings settings,
            Clock clock,
            MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.smtp = Optional.ofNullable(smtp.getIfAvailable());
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(fixedDelayString = "${laurel.mail.poll-interval:2s}")
    void deliver() {
        Integer sent;
        do {
            sent = transactions.execute(status -> deliverBatch());
        } while (sent != null && sent == BATCH);
    }

    private int deliverBatch() {
        Instant now = clock.instant();
        List<OutgoingMail> due = jdbc.sql("""
                        select id, recipient, subject, text_body, html_body, kind, attempts from mail_outbox
                        where sent_at is null and next_attempt_at <= :now
                        order by created_at limit :batch for update skip locked
                        """)
                .param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query((rs, row) -> new OutgoingMail(
                        rs.getObject("id", UUID.class),
                        new Mail(
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("text_body"),
                                rs.getString("html_body"),
                                rs.getString("kind")),
                        rs.getInt("attempts")))
                .list();
        for (OutgoingMail mail : due) {
            deliver(mail, now);
        }
        return due.size();
    }

    private void deliver(OutgoingMail outgoing, Instant now) {
        if (smtp.isEmpty()) {
            markSent(outgoing.id(), now, "outbox");
            return;
        }
        try {
            smtp.get().send(message(smtp.get(), outgoing.mail()));
            markSent(outgoing.id(), now, "smtp");
            metrics.counter("laurel.mail.sent", "kind", outgoing.mail().kind()).increment();
        } catch (MailException | MessagingException e) {
            int attempts = outgoing.attempts() + 1;
            Duration backoff = Duration.ofSeconds(10L << Math.min(attempts, 12));
            backoff = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
            log.warn(
                    "mail {} ({}) not sent, attempt {}: {}",
                    outgoing.id(),
                    outgoing.mail().kind(),
                    attempts,
                    e.getMessage());
            metrics.counter("laurel.mail.failed", "kind", outgoing.mail().kind())
                    .increment();
            jdbc.sql("update mail_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error "
                            + "where id = :id")
                    .param("attempts", attempts)
                    .param("next", Timestamp.from(now.plus(backoff)))
                    .param("error", String.valueOf(e.getMessage()))
                    .param("id", outgoing.id())
                    .update();
        }
    }

    private MimeMessage message(JavaMailSender sender, Mail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
        helper.setFrom(settings.mailFrom());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        return message;
    }

    private void markSent(UUID id, Instant now, String via) {
        jdbc.sql("update mail_outbox set sent_at = :now, delivered_via = :via where id = :id")
                .param("now", Timestamp.from(now))
                .param("via", via)
                .param("id", id)
                .update();
    }

    private record OutgoingMail(UUID id, Mail mail, int attempts) {}
}
