package dev.laurel.server.notifications;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mails from templates: {@code templates/mail/KIND.html} and {@code templates/mail/KIND.txt}, the subject from
 * the message {@code mail.KIND.subject} with the variables as arguments where the subject names them. A variable may be a
 * {@link TokenLink}: the templates show its URL, and the mail carries its token so the outbox can drop it once sent.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }

    /** The subject of the mail {@code kind}: the message {@code mail.KIND.subject} with the arguments. */
    public String subject(String kind, Locale locale, Object... subjectArguments) {
        return messages.getMessage("mail." + kind + ".subject", subjectArguments, locale);
    }

    /** The mail {@code kind} rendered from its variables, with a subject given. */
    Mail render(String kind, String to, String subject, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale, TokenLink.urls(variables));
        return new Mail(
                to,
                subject,
                engine.process(kind + ".txt", context),
                engine.process(kind + ".html", context),
                kind,
                TokenLink.tokens(variables));
    }

    /**
     * The mail {@code kind} to {@code to}.
     *
     * @param subjectArguments the arguments of the subject message, in order
     */
    public Mail render(
            String kind, String to, Locale locale, Map<String, Object> variables, Object... subjectArguments) {
        return render(
                kind,
                to,
                messages.getMessage("mail." + kind + ".subject", subjectArguments, locale),
                locale,
                variables);
    }
}
