package dev.laurel.server.issuing;

import java.util.UUID;

/** What happens to badges and credentials, for the modules that follow along (mail, claims, the audit log). */
public final class IssuingEvents {

    private IssuingEvents() {}

    public record BadgeCreated(UUID organizationId, UUID badgeId, String name, UUID by) {}

    public record BadgeUpdated(UUID organizationId, UUID badgeId, String name, UUID by) {}

    /** A credential was issued and signed; the earner should hear of it. */
    public record CredentialIssued(
            UUID organizationId,
            UUID credentialId,
            UUID badgeId,
            String recipientEmail,
            String recipientName,
            UUID by) {}

    public record CredentialRevoked(UUID organizationId, UUID credentialId, String reason, UUID by) {}

    public record CredentialSuspended(UUID organizationId, UUID credentialId, String reason, UUID by) {}

    public record CredentialReinstated(UUID organizationId, UUID credentialId, String reason, UUID by) {}
}
