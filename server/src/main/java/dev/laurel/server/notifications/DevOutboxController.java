package dev.laurel.server.notifications;

import dev.laurel.server.platform.LaurelSettings;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The development mail outbox: every mail Laurel sent, newest first. Served only on a development start. */
@Controller
class DevOutboxController {

    private final JdbcClient jdbc;
    private final LaurelSettings settings;

    DevOutboxController(JdbcClient jdbc, LaurelSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** A mail as the outbox page lists it. */
    record OutboxMail(
            UUID id,
            String recipient,
            String subject,
            String kind,
            Instant createdAt,
            Instant sentAt,
            String via,
            String text) {}

    @GetMapping("/dev/mail")
    String list(Model model) {
        requireDevelopment();
        model.addAttribute(
                "mails",
                jdbc.sql("select * from mail_outbox order by created_at desc limit 200")
                        .query((rs, row) -> mail(rs))
                        .list());
        return "notifications/outbox";
    }

    @GetMapping("/dev/mail/{id}")
    String show(@PathVariable UUID id, Model model) {
        requireDevelopment();
        List<OutboxMail> mails = jdbc.sql("select * from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, row) -> mail(rs))
                .list();
        if (mails.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("mail", mails.get(0));
        return "notifications/mail";
    }

    /** The HTML body, shown in a sandboxed frame of the mail page. */
    @GetMapping(value = "/dev/mail/{id}/html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> html(@PathVariable UUID id) {
        requireDevelopment();
        return jdbc.sql("select html_body from mail_outbox where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(html -> ResponseEntity.ok()
                        .header(
                                "Content-Security-Policy",
                                "default-src 'none'; img-src 'self' data: https: http:; "
                                        + "style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'")
                        .body(html))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void requireDevelopment() {
        if (!settings.devOutbox()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static OutboxMail mail(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new OutboxMail(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("kind"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant(),
                rs.getString("delivered_via"),
                rs.getString("text_body"));
    }
}
