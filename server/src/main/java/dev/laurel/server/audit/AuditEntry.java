package dev.laurel.server.audit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One action to record.
 *
 * @param organizationId the organization it happened in
 * @param actorAccountId who did it, or null when no person did: an API key (named in the details as {@value #API_KEY})
 *     or a scheduled job
 * @param action a stable key such as {@code member.invited}; the page labels it from {@code audit.action.KEY}
 * @param subject what it was done to, as a person reads it: an email address, a name, a credential id
 * @param details small facts about it (a role, an id), stored as a JSON object
 */
record AuditEntry(UUID organizationId, UUID actorAccountId, String action, String subject, Map<String, ?> details) {

    /** The detail that names the API key that acted. */
    static final String API_KEY = "apiKey";

    AuditEntry {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(action, "action");
        subject = subject == null ? "" : subject;
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
