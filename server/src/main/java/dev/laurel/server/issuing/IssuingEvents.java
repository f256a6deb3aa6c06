package dev.laurel.server.issuing;

import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to badges and credentials, for the modules that follow along (mail, claims, the audit log, webhooks).
 * {@code actor} is who acted, as events record it: a member by their account ({@link Actor.Account}), or an API key.
 */
public final class IssuingEvents {

    private IssuingEvents() {}

    @NamedInterface("events")
    public record BadgeCreated(OrganizationId organizationId, BadgeId badgeId, String name, Actor actor) {}

    @NamedInterface("events")
    public record BadgeUpdated(OrganizationId organizationId, BadgeId badgeId, String name, Actor actor) {}

    /** A badge no credential was issued for was deleted. */
    @NamedInterface("events")
    public record BadgeDeleted(OrganizationId organizationId, BadgeId badgeId, String name, Actor actor) {}

    /**
     * Credentials of one badge were issued and signed, in one transaction — one, or a batch: each earner should hear
     * of theirs.
     */
    @NamedInterface("events")
    public record CredentialsIssued(
            OrganizationId organizationId, BadgeId badgeId, List<Recipient> credentials, Actor actor) {

        public CredentialsIssued {
            credentials = List.copyOf(credentials);
        }

        /** One of them: its id, earner, and when it was issued and expires (null when it does not). */
        @NamedInterface("events")
        public record Recipient(
                CredentialId credentialId, String email, String name, Instant issuedAt, Instant validUntil) {}
    }

    @NamedInterface("events")
    public record CredentialRevoked(
            OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {}

    @NamedInterface("events")
    public record CredentialSuspended(
            OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {}

    @NamedInterface("events")
    public record CredentialReinstated(
            OrganizationId organizationId, CredentialId credentialId, String reason, Actor actor) {}

    /**
     * A credential a client supplied (through the VC-API) was signed and stored.
     *
     * @param id Laurel's id of the record
     * @param credentialId the name the client gave it, or null
     * @param apiKeyId the API key that asked
     */
    @NamedInterface("events")
    public record SuppliedCredentialIssued(
            OrganizationId organizationId, UUID id, String credentialId, UUID apiKeyId) {}

    /** A supplied credential's revocation or suspension bit was set ({@code flagged}) or cleared. */
    @NamedInterface("events")
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
    @NamedInterface("events")
    public record RecipientForgotten(OrganizationId organizationId, List<CredentialId> credentialIds) {
        public RecipientForgotten {
            credentialIds = List.copyOf(credentialIds);
        }
    }
}
