package dev.laurel.server.oauth;

import java.util.Objects;

/**
 * A scope a platform may ask an earner for.
 *
 * @param value the scope as OAuth 2.0 carries it, e.g. {@code
 *     https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly}
 * @param message the message key of what it allows, in words, for the consent page
 */
public record Scope(String value, String message) {

    public Scope {
        Objects.requireNonNull(value);
        Objects.requireNonNull(message);
    }
}
