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

    /**
     * A credential a client supplied (through the VC-API) was signed and stored.
     *
     * @param id Laurel's id of the record
     * @param credentialId the name the client gave it, or null
     * @param apiKeyId the API key that asked
     */
    public record SuppliedCredentialIssued(UUID organizationId, UUID id, String credentialId, UUID apiKeyId) {}

    /** A supplied credential's revocation or suspension bit was set ({@code flagged}) or cleared. */
    public record SuppliedCredentialStatusChanged(
            UUID organizationId, UUID id, String credentialId, String purpose, boolean flagged, UUID apiKeyId) {}
}
