package dev.laurel.server.signing;

import java.time.Instant;

/**
 * A key as its organization's keys page and DID document show it: never the secret.
 *
 * @param fragment the key's id in the DID document, e.g. {@code key-2}
 * @param publicKeyMultibase the public key
 * @param createdAt when it was made
 * @param retiredAt when it stopped signing, or null for the active key
 */
public record PublishedKey(String fragment, String publicKeyMultibase, Instant createdAt, Instant retiredAt) {

    public boolean active() {
        return retiredAt == null;
    }
}
