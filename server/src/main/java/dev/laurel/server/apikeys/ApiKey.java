package dev.laurel.server.apikeys;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An API key as shown after creation: never its secret.
 *
 * @param id the key's id
 * @param organizationId the organization it acts for
 * @param name what its owner called it, e.g. "Moodle"
 * @param prefix the key's public first part, {@code lrl_XXXXXXXX}, to recognize it in lists and logs
 * @param scopes what it may do
 * @param createdAt when it was made
 * @param lastUsedAt when it last authenticated a request (to the minute), or null
 * @param revokedAt when it was revoked, or null
 */
public record ApiKey(
        UUID id,
        UUID organizationId,
        String name,
        String prefix,
        Set<Scope> scopes,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
