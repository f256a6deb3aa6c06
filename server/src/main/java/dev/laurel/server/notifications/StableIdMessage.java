package dev.laurel.server.notifications;

import dev.laurel.server.platform.LaurelSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.UUID;

/**
 * A message whose {@code Message-ID} is the outbox row's, {@code <ID@HOST>}: the rare second delivery of a mail (a
 * node dying between the SMTP server's acceptance and the commit) carries the same id, so receivers can drop it.
 */
final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, UUID outboxId, LaurelSettings settings) {
        super(session);
        String host = URI.create(settings.url("/")).getHost();
        this.messageId = "<" + outboxId + "@" + (host == null ? "laurel" : host) + ">";
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
