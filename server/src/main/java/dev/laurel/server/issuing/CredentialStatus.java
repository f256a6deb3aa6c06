package dev.laurel.server.issuing;

import java.util.Locale;

/**
 * Where an issued credential stands for people and the API at a moment: its {@link CredentialState} (revoked and
 * suspended win), else expired once past its {@code validUntil}, else renewed once a newer credential renews it, else
 * active.
 */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    /** Past its {@code validUntil}. */
    EXPIRED,
    /** Still valid, and a newer credential renews it. */
    RENEWED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code key} ({@code active}, {@code expired}…), ignoring case. */
    public static java.util.Optional<CredentialStatus> parse(String key) {
        for (CredentialStatus status : values()) {
            if (status.key().equalsIgnoreCase(key.strip())) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
