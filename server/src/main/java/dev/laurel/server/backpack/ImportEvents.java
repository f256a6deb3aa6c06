package dev.laurel.server.backpack;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** What happens to imported credentials, for the modules that count them (pathways). */
public final class ImportEvents {

    private ImportEvents() {}

    /** A credential was imported into {@code accountId}'s backpack; published in the importing transaction. */
    @NamedInterface("events")
    public record CredentialImported(UUID accountId, UUID itemId) {}

    /**
     * An import was checked again (by the daily re-check or "Check again") and whether it counts changed; published
     * in the transaction that records the result.
     */
    @NamedInterface("events")
    public record ImportStandingChanged(UUID accountId, UUID itemId, boolean verified) {}

    /** An import was removed from {@code accountId}'s backpack. */
    @NamedInterface("events")
    public record ImportRemoved(UUID accountId, UUID itemId) {}
}
