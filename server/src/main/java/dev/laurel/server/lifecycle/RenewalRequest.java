package dev.laurel.server.lifecycle;

import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An earner's request to renew a credential, and what became of it.
 *
 * @param id the request's id
 * @param credentialId the credential to renew
 * @param accountId the earner's account that asked, or null when the policy's rule asked by itself
 * @param rule manual (with evidence) or credits (with the credits counted)
 * @param evidenceUrl the evidence as a link, or null
 * @param evidenceName the evidence file's name, or null when there is no file
 * @param evidenceType the evidence file's media type (PDF, PNG or JPEG), or null
 * @param credits for the credits rule: the credits counted when asked, or null
 * @param status pending, approved or declined
 * @param reason the issuer's reason for declining (or a note on approving), or null
 * @param renewalId the credential that renewed it, once approved
 * @param badgeName the credential's badge
 * @param recipientName the earner's name on the credential
 * @param recipientEmail the earner's address on the credential; null once the earner deleted their account
 * @param validUntil when the credential expires, or null
 */
public record RenewalRequest(
        UUID id,
        OrganizationId organizationId,
        CredentialId credentialId,
        UUID accountId,
        Rule rule,
        String evidenceUrl,
        String evidenceName,
        String evidenceType,
        BigDecimal credits,
        Status status,
        String reason,
        Instant requestedAt,
        Instant decidedAt,
        CredentialId renewalId,
        String badgeName,
        String recipientName,
        String recipientEmail,
        Instant validUntil) {

    /** Whether an evidence file is kept with it. */
    public boolean hasFile() {
        return evidenceType != null;
    }

    /** How the renewal was asked for. */
    public enum Rule {
        MANUAL,
        CREDITS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a request stands. */
    public enum Status {
        PENDING,
        APPROVED,
        DECLINED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status named {@code key}, ignoring case, or null when none is. */
        public static Status parse(String key) {
            for (Status status : values()) {
                if (status.key().equalsIgnoreCase(key.strip())) {
                    return status;
                }
            }
            return null;
        }
    }
}
