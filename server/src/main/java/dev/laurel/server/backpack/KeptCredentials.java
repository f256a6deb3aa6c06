package dev.laurel.server.backpack;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Which credential issued here an earner keeps as one of their backpack items: other modules serve the earner their
 * own documents of it (the certificate PDF) whether or not its public page is open. Thread-safe.
 */
@Service
public class KeptCredentials {

    private final Items items;

    KeptCredentials(Items items) {
        this.items = items;
    }

    /** The credential issued here behind the account's item; empty for an import or another account's item. */
    public Optional<UUID> issuedHere(UUID accountId, UUID itemId) {
        return items.find(itemId)
                .filter(item -> item.accountId().equals(accountId))
                .filter(item -> !item.imported())
                .map(Item::credentialId);
    }
}
