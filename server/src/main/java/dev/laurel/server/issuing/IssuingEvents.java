package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import java.util.List;
import java.util.UUID;

/**
 * What happens to badges and credentials, for the modules that follow along (mail, claims, the audit log, webhooks).
 * {@code actor} is who acted, as events record it: a member by their account ({@link Actor.Account}), or an API key.
 */
public final class IssuingEvents {

    private IssuingEvents() {}

    public record BadgeCreated(OrganizationId organizationId, BadgeId badgeId, String name, Actor actor) {}

    public record BadgeUpdated(OrganizationId organizationId, BadgeId badgeId, String name, Actor actor) {}

    /** A badge no credential was issued for was deleted. */
    public record BadgeDeleted(OrganizationId organizationId, BadgeId badgeId, String name, Actor actor) {}

    /**
     * Credentials of one badge were issued and signed, in one transaction — one, or a batch: each earner should hear
     * of theirs.
     */
    public record CredentialsIssued(
            OrganizationId organizationId, BadgeId badgeId, List<Recipient> credentials, Actor actor) {

        public CredentialsIssued {
            credentials = List.copyOf(credentials);
        }

        /** One of them: its id and earner. */
        public record Recipient(CredentialId credentialId, String email, String name) {}
    }

    public record CredentialRevoked(
            OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {}

    public record CredentialSuspended(
            OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {}

    public record CredentialReinstated(
            OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {}

    /**
     * A credential a client supplied (through the VC-API) was signed and stored.
     *
     * @param id Laurel's id of the record
     * @param credentialId the name the client gave it, or null
     * @param apiKeyId the API key that asked
     */
    public record SuppliedCredentialIssued(
            OrganizationId organizationId, UUID id, String credentialId, UUID apiKeyId) {}

    /** A supplied credential's revocation or suspension bit was set ({@code flagged}) or cleared. */
    public record SuppliedCredentialStatusChanged(
            OrganizationId organizationId,
            UUID id,
            String credentialId,
            String purpose,
            boolean flagged,
            UUID apiKeyId) {}

    /**
     * The earner of these credentials of one organization deleted their account: their address, name and the signed
     * documents were erased; the credentials' status entries stay.
     */
    public record RecipientForgotten(OrganizationId organizationId, List<CredentialId> credentialIds) {
        public RecipientForgotten {
            credentialIds = List.copyOf(credentialIds);
        }
    }
}
