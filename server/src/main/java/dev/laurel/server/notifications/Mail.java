package dev.laurel.server.notifications;

import java.util.Objects;
import java.util.Set;

/**
 * One mail to send.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or null for text only
 * @param kind what the mail is for, e.g. {@code verify-email}, {@code credential-issued}: shown in the dev outbox and
 *     counted in metrics
 * @param tokens the secret tokens of the links in it ({@link TokenLink}): the outbox keeps them only until the mail is
 *     delivered
 * @param senderName the display name of its From header (the address is always {@code laurel.mail.from}), e.g.
 *     "Example University via Laurel"; null for the address alone
 * @param headers further header fields, e.g. {@code List-Unsubscribe} (RFC 8058) on reminder mails; usually none
 */
public record Mail(
        String to,
        String subject,
        String text,
        String html,
        String kind,
        Set<String> tokens,
        String senderName,
        java.util.Map<String, String> headers) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        tokens = Set.copyOf(tokens);
        headers = java.util.Map.copyOf(headers);
    }

    /** A mail sent from the address alone, with no further header fields. */
    public Mail(String to, String subject, String text, String html, String kind, Set<String> tokens) {
        this(to, subject, text, html, kind, tokens, null, java.util.Map.of());
    }

    /** This mail with these further header fields. */
    public Mail withHeaders(java.util.Map<String, String> headers) {
        return new Mail(to, subject, text, html, kind, tokens, senderName, headers);
    }

    /** The same mail, From {@code name}. */
    public Mail from(String name) {
        return new Mail(to, subject, text, html, kind, tokens, name, headers);
    }

    /** A mail with no secret link in it. */
    public Mail(String to, String subject, String text, String html, String kind) {
        this(to, subject, text, html, kind, Set.of(), null, java.util.Map.of());
    }
}
