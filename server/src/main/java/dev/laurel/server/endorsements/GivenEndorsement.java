package dev.laurel.server.endorsements;

import java.time.Instant;
import java.util.Objects;

/**
 * An endorsement as signed and stored.
 *
 * @param credentialJson the signed EndorsementCredential, exactly as stored and served
 * @param withdrawnAt when its endorser withdrew it, or null
 */
public record GivenEndorsement(EndorsementId id, String credentialJson, Instant issuedAt, Instant withdrawnAt) {

    public GivenEndorsement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(credentialJson, "credentialJson");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** Whether its endorser withdrew it (its status bit is set). */
    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
