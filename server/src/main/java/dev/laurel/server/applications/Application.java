package dev.laurel.server.applications;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.organizations.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An earner's application for a badge, and where it stands.
 *
 * @param accountId the earner's account, or null once they deleted it
 * @param earnerEmail the earner's address, or null once they deleted their account
 * @param version the number of the latest submission, from 1
 * @param reason the reason given with the last change request or the decline, or null
 * @param submittedAt when the latest submission was made: what the queue's ages count from
 * @param approvals the approvals of the latest submission
 * @param credentialId the credential issued once approved, or null
 */
public record Application(
        ApplicationId id,
        OrganizationId organizationId,
        BadgeId badgeId,
        String badgeName,
        UUID accountId,
        String earnerName,
        String earnerEmail,
        State state,
        int version,
        String reason,
        Instant createdAt,
        Instant submittedAt,
        Instant decidedAt,
        int approvals,
        CredentialId credentialId) {

    /** Where an application stands. */
    public enum State {
        /** Waiting for reviews. */
        SUBMITTED,
        /** A reviewer asked for changes: waiting for the earner to resubmit. */
        CHANGES_REQUESTED,
        /** Approved: the credential was issued. */
        APPROVED,
        /** Declined, with a reason. */
        DECLINED;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean decided() {
            return this == APPROVED || this == DECLINED;
        }

        /** The state named {@code key}, or null. */
        public static State parse(String key) {
            for (State state : values()) {
                if (state.key().equals(key)) {
                    return state;
                }
            }
            return null;
        }
    }

    /** Whole days since the latest submission: the queue's "waiting 3 days". */
    public long waitingDays(Instant now) {
        return Math.max(0, Duration.between(submittedAt, now).toDays());
    }
}
