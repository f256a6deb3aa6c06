package dev.laurel.server.notifications;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A mail whose bodies are rendered when it is sent ({@link Outbox#enqueueAll}): for many mails queued at once, where
 * rendering each in the queuing transaction would cost more than storing its variables.
 *
 * @param kind the template, as for {@link MailTemplates#render}
 * @param to the recipient's address
 * @param subject the subject line, already rendered ({@link MailTemplates#subject})
 * @param locale the language of the bodies
 * @param variables the template's variables: strings, numbers and {@link TokenLink}s only, as they are stored as JSON
 * @param senderName the display name of its From header, or null (see {@link Mail#senderName})
 * @param headers further header fields, as {@link Mail#headers}
 */
public record TemplatedMail(
        String kind,
        String to,
        String subject,
        Locale locale,
        Map<String, Object> variables,
        String senderName,
        Map<String, String> headers) {

    public TemplatedMail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(locale, "locale");
        variables = Map.copyOf(variables);
        headers = Map.copyOf(headers);
    }

    /** A mail sent from the address alone, with no further header fields. */
    public TemplatedMail(String kind, String to, String subject, Locale locale, Map<String, Object> variables) {
        this(kind, to, subject, locale, variables, null, Map.of());
    }
}
