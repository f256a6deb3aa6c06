package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Objects;

/**
 * Answers a credential's status from one {@code credentialStatus} entry and the status document it points to, which
 * the caller has already fetched and, for a {@code BitstringStatusListCredential}, whose proof it has already
 * verified. No network, no exceptions for bad documents: every outcome is a {@link StatusResult}.
 *
 * <p>For a {@link BitstringStatusListEntry} the checks follow the Bitstring Status List v1.0 validate algorithm, in
 * this order: the document is a {@code BitstringStatusListCredential} with a {@code BitstringStatusList} subject; its
 * {@code id}, when present, is the entry's {@code statusListCredential}; the time of the check, read once from the
 * injected {@link Clock}, is within {@code validFrom}..{@code validUntil}; the entry's purpose is among the list's;
 * the list's {@code statusSize}, when declared, is the entry's; {@code encodedList} decodes (capped); the list holds at
 * least the minimum number of entries; the index is in range. The status at the index then gives {@link
 * StatusResult.Active} (0) or {@link StatusResult.Flagged}.
 *
 * <p>Immutable and thread-safe when the injected clock is.
 */
public final class StatusChecker {
    private final Clock clock;
    private final int minimumEntries;
    private final int maxDecodedBytes;

    /** A checker with the spec's minimum of {@value BitstringStatusList#MINIMUM_ENTRIES} entries and the default cap. */
    public StatusChecker(Clock clock) {
        this(clock, BitstringStatusList.MINIMUM_ENTRIES, BitstringStatusList.DEFAULT_MAX_DECODED_BYTES);
    }

    /**
     * A checker for an ecosystem with another lower bound on list length (the spec allows one) or another cap on
     * decompressed size.
     *
     * @throws IllegalArgumentException if {@code minimumEntries} is negative or {@code maxDecodedBytes} not positive
     */
    public StatusChecker(Clock clock, int minimumEntries, int maxDecodedBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (minimumEntries < 0 || maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("minimumEntries must be >= 0 and maxDecodedBytes > 0");
        }
        this.minimumEntries = minimumEntries;
        this.maxDecodedBytes = maxDecodedBytes;
    }

    /** The status {@code entry} has in {@code statusListCredential}, the JSON of the credential it points to. */
    public StatusResult check(BitstringStatusListEntry entry, JsonNode statusListCredential) {
        var check = new BitstringCheck(entry, clock.instant(), minimumEntries, maxDecodedBytes);
        return switch (StatusListView.read(statusListCredential)) {
            case StatusListView.Unreadable(var failed) -> failed;
            case StatusListView.Read(var view) -> check.against(view);
        };
    }

    /**
     * Whether the credential with id {@code credentialId} is revoked according to {@code revocationList}, the 1EdTech
     * Revocation List document at {@code entry.id()}. Revoked credentials come back {@link StatusResult.Flagged} with
     * purpose {@code revocation}, status 1 and the {@code revocationReason} (or "revoked").
     */
    public StatusResult check(RevocationListEntry entry, String credentialId, JsonNode revocationList) {
        if (credentialId == null || credentialId.isBlank()) {
            return new StatusResult.Failed(
                    StatusFailure.MISSING_CREDENTIAL_ID,
                    "the credential has no id, which a 1EdTech revocation list looks credentials up by");
        }
        return switch (RevocationList.parse(revocationList)) {
            case RevocationList.Parsing.Failed(var failure, var message) -> new StatusResult.Failed(failure, message);
            case RevocationList.Parsing.Parsed(var list) -> lookUp(entry, credentialId, list);
        };
    }

    /** A malformed entry has no status: it fails with {@link StatusFailure#MALFORMED_ENTRY} and its own message. */
    public StatusResult check(MalformedStatusEntry entry) {
        return new StatusResult.Failed(StatusFailure.MALFORMED_ENTRY, entry.message());
    }

    private static StatusResult lookUp(RevocationListEntry entry, String credentialId, RevocationList list) {
        String revocation = StatusPurpose.REVOCATION.value();
        if (!list.id().equals(entry.id())) {
            return new StatusResult.Failed(
                    StatusFailure.REVOCATION_LIST_ID_MISMATCH,
                    "the revocation list is " + list.id() + ", but the entry points to " + entry.id());
        }
        return list.revocationOf(credentialId)
                .<StatusResult>map(revoked -> new StatusResult.Flagged(
                        revocation, 1, revoked.revocationReason().orElse("revoked")))
                .orElseGet(() -> new StatusResult.Active(revocation, "not revoked"));
    }
}
