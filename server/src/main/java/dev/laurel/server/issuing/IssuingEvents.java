package dev.laurel.server.issuing;

import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to badges and credentials, for the modules that follow along (mail, claims, the audit log). {@code by}
 * is the acting member's account and {@code byKey} the acting API key: one of them is set (see {@link Actor}).
 */
public final class IssuingEvents {

    private IssuingEvents() {}

    @NamedInterface("events")
    public record BadgeCreated(UUID organizationId, UUID badgeId, String name, UUID by, UUID byKey) {
        public BadgeCreated(UUID organizationId, UUID badgeId, String name, UUID by) {
            this(organizationId, badgeId, name, by, null);
        }
    }

    @NamedInterface("events")
    public record BadgeUpdated(UUID organizationId, UUID badgeId, String name, UUID by, UUID byKey) {
        public BadgeUpdated(UUID organizationId, UUID badgeId, String name, UUID by) {
            this(organizationId, badgeId, name, by, null);
        }
    }

    /** A badge no credential was issued for was deleted. */
    @NamedInterface("events")
    public record BadgeDeleted(UUID organizationId, UUID badgeId, String name, UUID by, UUID byKey) {}

    /** A credential was issued and signed; the earner should hear of it. */
    @NamedInterface("events")
    public record CredentialIssued(
            UUID organizationId,
            UUID credentialId,
            UUID badgeId,
            String recipientEmail,
            String recipientName,
            UUID by,
            UUID byKey) {
        public CredentialIssued(
                UUID organizationId,
                UUID credentialId,
                UUID badgeId,
                String recipientEmail,
                String recipientName,
                UUID by) {
            this(organizationId, credentialId, badgeId, recipientEmail, recipientName, by, null);
        }
    }

    /**
     * Many credentials of one badge were issued at once, in one transaction (bulk issuing): the followers handle them
     * together, as they would each {@link CredentialIssued}.
     */
    @NamedInterface("events")
    public record CredentialsIssued(
            UUID organizationId, UUID badgeId, List<Recipient> credentials, UUID by, UUID byKey) {

        public CredentialsIssued {
            credentials = List.copyOf(credentials);
        }

        /** One of them: its id and earner. */
        @NamedInterface("events")
        public record Recipient(UUID credentialId, String email, String name) {}
    }

    @NamedInterface("events")
    public record CredentialRevoked(UUID organizationId, UUID credentialId, String reason, UUID by, UUID byKey) {
        public CredentialRevoked(UUID organizationId, UUID credentialId, String reason, UUID by) {
            this(organizationId, credentialId, reason, by, null);
        }
    }

    @NamedInterface("events")
    public record CredentialSuspended(UUID organizationId, UUID credentialId, String reason, UUID by, UUID byKey) {
        public CredentialSuspended(UUID organizationId, UUID credentialId, String reason, UUID by) {
            this(organizationId, credentialId, reason, by, null);
        }
    }

    @NamedInterface("events")
    public record CredentialReinstated(UUID organizationId, UUID credentialId, String reason, UUID by, UUID byKey) {
        public CredentialReinstated(UUID organizationId, UUID credentialId, String reason, UUID by) {
            this(organizationId, credentialId, reason, by, null);
        }
    }

    /**
     * A credential a client supplied (through the VC-API) was signed and stored.
     *
     * @param id Laurel's id of the record
     * @param credentialId the name the client gave it, or null
     * @param apiKeyId the API key that asked
     */
    @NamedInterface("events")
    public record SuppliedCredentialIssued(UUID organizationId, UUID id, String credentialId, UUID apiKeyId) {}

    /** A supplied credential's revocation or suspension bit was set ({@code flagged}) or cleared. */
    @NamedInterface("events")
    public record SuppliedCredentialStatusChanged(
            UUID organizationId, UUID id, String credentialId, String purpose, boolean flagged, UUID apiKeyId) {}

    /**
     * The earner of these credentials of one organization deleted their account: their address, name and the signed
     * documents were erased; the credentials' status entries stay.
     */
    @NamedInterface("events")
    public record RecipientForgotten(UUID organizationId, List<UUID> credentialIds) {
        public RecipientForgotten {
            credentialIds = List.copyOf(credentialIds);
        }
    }
}
