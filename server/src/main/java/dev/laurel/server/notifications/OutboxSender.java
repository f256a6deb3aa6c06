package dev.laurel.server.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.platform.LaurelSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: every two seconds, on whichever node gets there first ({@code FOR UPDATE SKIP LOCKED}), the due
 * mails are sent through SMTP — mails queued singly first, then those queued in bulk, which are rendered now. A
 * failure is retried with exponential backoff ({@code laurel.mail.retry-base}, doubling, at most {@code
 * laurel.mail.retry-max} apart). With {@code laurel.mail.per-minute} set, no more than that many mails leave in any
 * minute, counted in the database across nodes. Without an SMTP server (a development start), mails are marked
 * delivered to the outbox page only.
 *
 * <p>A mail is marked sent in the transaction that sent it: a node that dies between the SMTP server's acceptance
 * and the commit sends it again when its lock is released, with the same {@code Message-ID}, which receivers use to
 * drop the copy. Every other failure leaves the mail queued.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;
    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Optional<JavaMailSender> smtp;
    private final MailTemplates templates;
    private final LaurelSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final MailRate rate;
    private final Duration retryBase;
    private final Duration retryMax;

    OutboxSender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> smtp,
            MailTemplates templates,
            LaurelSettings settings,
            Clock clock,
            MeterRegistry metrics,
            MailRate rate,
            @Value("${laurel.mail.retry-base:10s}") Duration retryBase,
            @Value("${laurel.mail.retry-max:1h}") Duration retryMax) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.smtp = Optional.ofNullable(smtp.getIfAvailable());
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.rate = rate;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
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
        int allowed = rate.allowance(now, BATCH);
        if (allowed == 0) {
            return 0;
        }
        List<OutgoingMail> due = jdbc.sql("""
                        select id, recipient, subject, text_body, html_body, kind, attempts, variables, locale
                        from mail_outbox
                        where sent_at is null and next_attempt_at <= :now
                        order by (text_body is null), created_at limit :batch for update skip locked
                        """)
                .param("now", Timestamp.from(now))
                .param("batch", allowed)
                .query((rs, row) -> outgoing(rs))
                .list();
        for (OutgoingMail mail : due) {
            deliver(mail, now);
        }
        return due.size() == allowed ? BATCH : due.size();
    }

    private OutgoingMail outgoing(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String text = rs.getString("text_body");
        Mail mail = text != null
                ? new Mail(
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        text,
                        rs.getString("html_body"),
                        rs.getString("kind"))
                : templates.render(
                        rs.getString("kind"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        Locale.forLanguageTag(rs.getString("locale")),
                        Json.MAPPER.convertValue(Json.parse(rs.getString("variables")), VARIABLES));
        return new OutgoingMail(id, mail, rs.getInt("attempts"), text == null);
    }

    private void deliver(OutgoingMail outgoing, Instant now) {
        if (smtp.isEmpty()) {
            markSent(outgoing, now, "outbox");
            return;
        }
        try {
            smtp.get().send(message(smtp.get(), outgoing));
            markSent(outgoing, now, "smtp");
            metrics.counter("laurel.mail.sent", "kind", outgoing.mail().kind()).increment();
        } catch (MailException | MessagingException e) {
            int attempts = outgoing.attempts() + 1;
            Duration backoff = backoff(attempts);
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

    /** {@code retry-base} after the first failure, doubling with each, never more than {@code retry-max}. */
    Duration backoff(int attempts) {
        Duration backoff = retryBase.multipliedBy(1L << Math.min(attempts - 1, 20));
        return backoff.compareTo(retryMax) > 0 ? retryMax : backoff;
    }

    private MimeMessage message(JavaMailSender sender, OutgoingMail outgoing) throws MessagingException {
        Mail mail = outgoing.mail();
        MimeMessage message = new StableIdMessage(
                sender instanceof JavaMailSenderImpl impl
                        ? impl.getSession()
                        : jakarta.mail.Session.getInstance(new java.util.Properties()),
                outgoing.id(),
                settings);
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

    private void markSent(OutgoingMail outgoing, Instant now, String via) {
        jdbc.sql("""
                        update mail_outbox set sent_at = :now, delivered_via = :via,
                            text_body = :text, html_body = :html
                        where id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("via", via)
                .param("text", outgoing.mail().text())
                .param("html", outgoing.mail().html())
                .param("id", outgoing.id())
                .update();
    }

    private record OutgoingMail(UUID id, Mail mail, int attempts, boolean rendered) {}
}
