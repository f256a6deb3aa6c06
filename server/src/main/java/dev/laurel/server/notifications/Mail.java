package dev.laurel.server.notifications;

import java.util.Objects;

/**
 * One mail to send.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or null for text only
 * @param kind what the mail is for, e.g. {@code verify-email}, {@code credential-issued}: shown in the dev outbox and
 *     counted in metrics
 */
public record Mail(String to, String subject, String text, String html, String kind) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
