package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.signing.ProofFormat;
import java.time.Instant;

/**
 * A credential an organization issued, with the signed document exactly as issued.
 *
 * @param id the credential's id (its public page is /c/ID)
 * @param organizationId the issuer
 * @param badgeId the badge it awards
 * @param badgeName the badge's name at issue time
 * @param recipientEmail the earner's address; null once the earner deleted their account
 * @param recipientName the earner's name; {@value #DELETED_EARNER} once the earner deleted their account
 * @param issuedAt when it was issued (its validFrom)
 * @param validUntil when it expires, or null
 * @param format how it is signed
 * @param document the signed credential: JSON (Data Integrity) or a compact JWS (VC-JWT); null once the earner
 *     deleted their account (it names them)
 * @param state active, suspended or revoked
 * @param stateReason the reason given for the last suspension or revocation, or null
 * @param stateChangedAt when the state last changed, or null
 * @param claim whether the earner accepted it, declined it, or neither yet
 * @param renews the credential this one renews, or null
 * @param renewedBy the credential that renews this one, or null
 * @param creditsEarned the continuing-education credits earned with it, or null
 */
public record IssuedCredential(
        CredentialId id,
        OrganizationId organizationId,
        BadgeId badgeId,
        String badgeName,
        String recipientEmail,
        String recipientName,
        Instant issuedAt,
        Instant validUntil,
        ProofFormat format,
        String document,
        CredentialState state,
        String stateReason,
        Instant stateChangedAt,
        ClaimState claim,
        CredentialId renews,
        CredentialId renewedBy,
        java.math.BigDecimal creditsEarned) {

    /** What stands for the earner's name once they deleted their account. */
    public static final String DELETED_EARNER = "deleted earner";

    /** Where it stands at {@code now}: revoked or suspended first, then expired, renewed or active. */
    public CredentialStatus status(Instant now) {
        return switch (state) {
            case REVOKED -> CredentialStatus.REVOKED;
            case SUSPENDED -> CredentialStatus.SUSPENDED;
            case ACTIVE -> {
                if (expired(now)) {
                    yield CredentialStatus.EXPIRED;
                }
                yield renewedBy != null ? CredentialStatus.RENEWED : CredentialStatus.ACTIVE;
            }
        };
    }

    /** Whether it is past its {@code validUntil} at {@code now}. */
    public boolean expired(Instant now) {
        return validUntil != null && !now.isBefore(validUntil);
    }

    /** Whether the earner deleted their account: their address, name and the signed document are gone. */
    public boolean recipientForgotten() {
        return document == null;
    }
}
