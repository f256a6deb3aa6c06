package dev.laurel.server.backpack;

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
}
