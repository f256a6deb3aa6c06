package dev.laurel.server.issuing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.server.organizations.OrganizationId;
import java.util.List;

/**
 * Endorsements another module keeps (the endorsements'), embedded in every credential issued from now on: those of the
 * badge under {@code credentialSubject.achievement.endorsement}, those of its organization's issuer profile under
 * {@code issuer.endorsement}. A module declares one as a bean; called once per issue (one credential or a batch of them, as a bulk job's),
 * from any thread, in the transaction.
 */
public interface EmbeddedEndorsements {

    /** The signed EndorsementCredentials to embed in a credential of {@code badge}. */
    Embedded of(OrganizationId organization, BadgeId badge);

    /** Signed EndorsementCredentials, of the achievement and of the issuer. */
    record Embedded(List<JsonNode> achievement, List<JsonNode> issuer) {

        public Embedded {
            achievement = List.copyOf(achievement);
            issuer = List.copyOf(issuer);
        }
    }
}
