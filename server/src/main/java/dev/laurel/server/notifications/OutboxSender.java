package dev.laurel.server.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.platform.FollowUp;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, one mail per follow-up ({@link #TASK}, scheduled by {@link Outbox} with the mail), on whichever
 * node takes it — mails queued singly before those queued in bulk, which are rendered now. A failure is retried with
 * exponential backoff ({@code laurel.mail.retry-base}, doubling, at most {@code laurel.mail.retry-max} apart). With
 * {@code laurel.mail.per-minute} set, no more than that many mails leave in any minute, counted in the database
 * across nodes; a mail over the allowance waits until it frees. Without an SMTP server (a development start), mails
 * are marked delivered to the outbox page only. A mail's further header fields ({@link Mail#headers}, e.g. {@code
 * List-Unsubscribe}) are stored with it and set on the message; {@link MailAttachments#HEADER} instead names a file
 * the mail carries, made when it is sent.
 *
 * <p>A mail the SMTP server accepted is stored without the secret tokens of its links ({@link TokenLink#REMOVED} in
 * their place), in the transaction that marks it sent: the recipient's copy is the only one that still opens them. A
 * mail delivered to the outbox page only keeps them, as that page is where its recipient reads it.
 *
 * <p>A mail is marked sent in the transaction that sent it, and a mail marked sent is not sent again, so running its
 * follow-up twice sends it once. A node that dies between the SMTP server's acceptance and the commit leaves the mail
 * unsent; another node sends it again with the same {@code Message-ID}, which receivers use to drop the copy.
 */
@Component
class OutboxSender {

    /** The follow-up that delivers one mail; its id is the mail's. */
    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("mail");

    /** The priority of mails queued singly (a password reset), ahead of {@link #BULK}. */
    static final int SINGLE = 10;

    static final int BULK = 0;

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

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
    private final java.util.List<MailAttachments> attachments;

    /** A sender whose mails carry no attachments (for a test's own sender). */
    OutboxSender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSender> smtp,
            MailTemplates templates,
            LaurelSettings settings,
            Clock clock,
            MeterRegistry metrics,
            MailRate rate,
            Duration retryBase,
            Duration retryMax) {
        this(
                jdbc,
                transactions,
                smtp,
                templates,
                settings,
                clock,
                metrics,
                rate,
                retryBase,
                retryMax,
                java.util.List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
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
            @Value("${laurel.mail.retry-max:1h}") Duration retryMax,
            java.util.List<MailAttachments> attachments) {
        this.attachments = attachments;
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

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> mailDelivery(OutboxSender sender) {
            return FollowUp.task(TASK, id -> FollowUp.Next.of(sender.deliver(UUID.fromString(id))));
        }
    }

    /** Sends the mail unless it was sent or forgotten; when it must wait (a failure, the throttle), until when. */
    Optional<Instant> deliver(UUID id) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            if (rate.allowance(now, 1) == 0) {
                return Optional.of(rate.freed(now));
            }
            return jdbc.sql("""
                            select id, recipient, subject, text_body, html_body, kind, attempts, variables, locale, tokens,
                                sender_name, headers
                            from mail_outbox where id = :id and sent_at is null for update
                            """)
                    .param("id", id)
                    .query((rs, row) -> outgoing(rs))
                    .optional()
                    .flatMap(mail -> deliver(mail, now));
        });
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
        mail = mail.from(rs.getString("sender_name"));
        String headers = rs.getString("headers");
        if (headers != null) {
            mail = mail.withHeaders(Json.MAPPER.convertValue(Json.parse(headers), HEADERS));
        }
        java.sql.Array tokens = rs.getArray("tokens");
        return new OutgoingMail(
                id,
                mail,
                rs.getInt("attempts"),
                tokens == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) tokens.getArray())));
    }

    private Optional<Instant> deliver(OutgoingMail outgoing, Instant now) {
        if (smtp.isEmpty()) {
            markSent(outgoing, now, "outbox");
            return Optional.empty();
        }
        try {
            smtp.get().send(message(smtp.get(), outgoing));
            markSent(outgoing, now, "smtp");
            metrics.counter("laurel.mail.sent", "kind", outgoing.mail().kind()).increment();
            return Optional.empty();
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
            return Optional.of(now.plus(backoff));
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
        java.util.List<MailAttachments.Attachment> files = files(mail);
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null || !files.isEmpty(), "UTF-8");
        if (mail.senderName() == null) {
            helper.setFrom(settings.mailFrom());
        } else {
            try {
                helper.setFrom(settings.mailFrom(), mail.senderName());
            } catch (java.io.UnsupportedEncodingException e) {
                throw new MessagingException("sender name not encodable", e);
            }
        }
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        if (mail.html() != null) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        for (MailAttachments.Attachment file : files) {
            helper.addAttachment(
                    file.name(), new org.springframework.core.io.ByteArrayResource(file.bytes()), file.mediaType());
        }
        for (Map.Entry<String, String> header : mail.headers().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(MailAttachments.HEADER)) {
                message.setHeader(header.getKey(), header.getValue());
            }
        }
        return message;
    }

    /** The files the mail's {@link MailAttachments#HEADER} names, as their owners make them now. */
    private java.util.List<MailAttachments.Attachment> files(Mail mail) {
        String reference = mail.headers().get(MailAttachments.HEADER);
        if (reference == null) {
            return java.util.List.of();
        }
        for (MailAttachments owner : attachments) {
            try {
                Optional<MailAttachments.Attachment> file = owner.find(reference);
                if (file.isPresent()) {
                    return java.util.List.of(file.get());
                }
            } catch (RuntimeException e) {
                log.warn("mail attachment {} not made, the mail goes without it: {}", reference, e.toString());
            }
        }
        return java.util.List.of();
    }

    /**
     * Marks the mail sent, storing its bodies (rendered now for a mail queued in bulk, whose variables go). Delivered by
     * SMTP, the tokens of its links go from the subject, the bodies and the row.
     */
    private void markSent(OutgoingMail outgoing, Instant now, String via) {
        Mail mail = outgoing.mail();
        boolean delivered = via.equals("smtp");
        Set<String> removed = delivered ? outgoing.tokens() : Set.of();
        jdbc.sql("""
                        update mail_outbox set sent_at = :now, delivered_via = :via, subject = :subject,
                            text_body = :text, html_body = :html, variables = null,
                            tokens = case when :delivered then null else tokens end
                        where id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("via", via)
                .param("subject", TokenLink.redact(mail.subject(), removed))
                .param("text", TokenLink.redact(mail.text(), removed))
                .param("html", TokenLink.redact(mail.html(), removed))
                .param("delivered", delivered)
                .param("id", outgoing.id())
                .update();
    }

    /** A mail being sent, with the secret tokens of its links as the outbox stored them. */
    private record OutgoingMail(UUID id, Mail mail, int attempts, Set<String> tokens) {}
}
