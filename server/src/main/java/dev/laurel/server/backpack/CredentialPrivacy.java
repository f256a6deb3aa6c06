package dev.laurel.server.backpack;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Whether an earner closed a credential's public page: the sharing module asks before serving {@code /c/ID}, its
 * documents and downloads. Thread-safe.
 */
@Service
public class CredentialPrivacy {

    private final Items items;

    CredentialPrivacy(Items items) {
        this.items = items;
    }

    /** True when the earner who keeps the credential made it private. */
    public boolean hidden(UUID credentialId) {
        return items.privateCredential(credentialId);
    }
}
