package dev.laurel.server.endorsements;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.organizations.OrganizationId;
import java.time.Instant;

/**
 * One organization's endorsement of another's badge ({@code badge} set) or issuer profile ({@code badge} null).
 *
 * @param subjectId the endorsed achievement's id URL or issuer's DID
 * @param subjectName the badge's or organization's name
 * @param comment the endorser's words, or null
 * @param withdrawnAt when the endorser revoked it, or null
 */
record OrganizationEndorsement(
        EndorsementId id,
        OrganizationId endorsing,
        String endorsingName,
        OrganizationId endorsed,
        String endorsedName,
        BadgeId badge,
        String subjectId,
        String subjectName,
        String comment,
        State state,
        Instant createdAt,
        Instant decidedAt,
        Instant withdrawnAt,
        String credentialJson) {

    /** Where the endorsed organization's decision stands. */
    enum State {
        PENDING,
        ACCEPTED,
        DECLINED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** What events say it is about. */
    EndorsementEvents.Between between() {
        return new EndorsementEvents.Between(id, endorsing, endorsingName, endorsed, subjectId, subjectName);
    }
}
