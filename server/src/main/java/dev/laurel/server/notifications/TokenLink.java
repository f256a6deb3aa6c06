package dev.laurel.server.notifications;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link in a mail that carries a secret token (sign-in, claim, invitation, address confirmation), given as a template
 * variable: the mail shows {@link #url}, and once the SMTP server accepted the mail the outbox keeps it with the token
 * replaced by {@link #REMOVED}.
 *
 * @param url the link as the mail shows it
 * @param token the secret in it, in base64url as {@code accounts.Tokens} makes it, so it reads the same in the text and
 *     the HTML body
 */
public record TokenLink(String url, String token) {

    /** What an outbox row holds instead of a token once its mail was delivered. */
    static final String REMOVED = "[removed after sending]";

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

    public TokenLink {
        Objects.requireNonNull(url, "url");
        if (token == null || !BASE64URL.matcher(token).matches() || !url.contains(token)) {
            throw new IllegalArgumentException("a token link must contain its token, in base64url");
        }
    }

    /** The tokens of the token links among {@code variables}. */
    static Set<String> tokens(Map<String, Object> variables) {
        Set<String> tokens = new LinkedHashSet<>();
        variables.values().forEach(value -> {
            if (value instanceof TokenLink link) {
                tokens.add(link.token());
            }
        });
        return tokens;
    }

    /** {@code variables} with each token link as its URL, as templates render it and the outbox stores it. */
    static Map<String, Object> urls(Map<String, Object> variables) {
        Map<String, Object> urls = new HashMap<>(variables);
        urls.replaceAll((name, value) -> value instanceof TokenLink link ? link.url() : value);
        return urls;
    }

    /** {@code text} with every one of {@code tokens} replaced by {@link #REMOVED}; null stays null. */
    static String redact(String text, Collection<String> tokens) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String token : tokens) {
            redacted = redacted.replace(token, REMOVED);
        }
        return redacted;
    }
}
