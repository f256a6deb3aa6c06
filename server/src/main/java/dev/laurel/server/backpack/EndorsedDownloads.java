package dev.laurel.server.backpack;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A credential issued here together with the endorsements people gave it after it was signed and its earner accepted,
 * as one file — provided by the module that keeps those endorsements, so that the ZIP export carries them without
 * the backpack knowing that module.
 */
public interface EndorsedDownloads {

    /**
     * The credential, unchanged, and its accepted endorsements, as one JSON file (an unsigned presentation); empty when
     * it has none.
     */
    Optional<byte[]> of(UUID credentialId);

    /**
     * The signed EndorsementCredentials (JSON) of the credential its earner accepted and their endorsers have not
     * withdrawn, oldest first: what a CLR carrying the credential carries beside it.
     */
    List<String> standing(UUID credentialId);
}
