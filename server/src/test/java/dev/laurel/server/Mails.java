package dev.laurel.server;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the mails GreenMail received: subject, text part, the links in it. */
public final class Mails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mails() {}

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The first http(s) link in the mail's text part. */
    public static String link(MimeMessage message) {
        String body = text(message);
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("no link in mail: " + body);
        }
        return matcher.group();
    }

    /** The plain-text part of the mail. */
    public static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static String text(Object content) throws IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.getContent() instanceof Multipart) {
                    all.append(text(part.getContent()));
                }
            }
            return all.toString();
        }
        return "";
    }
}
