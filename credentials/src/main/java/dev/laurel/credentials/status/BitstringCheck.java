package dev.laurel.credentials.status;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Bitstring Status List validate algorithm for one entry against one already verified status list credential.
 * Preconditions on the credential run in order; the first to fail is the result.
 */
final class BitstringCheck {
    private final BitstringStatusListEntry entry;
    private final Instant now;
    private final int minimumEntries;
    private final int maxDecodedBytes;

    BitstringCheck(BitstringStatusListEntry entry, Instant now, int minimumEntries, int maxDecodedBytes) {
        this.entry = entry;
        this.now = now;
        this.minimumEntries = minimumEntries;
        this.maxDecodedBytes = maxDecodedBytes;
    }

    StatusResult against(StatusListView list) {
        List<Function<StatusListView, Optional<StatusResult.Failed>>> preconditions =
                List.of(this::notYetValid, this::expired, this::samePurpose, this::sameStatusSize);
        return preconditions.stream()
                .map(check -> check.apply(list))
                .flatMap(Optional::stream)
                .<StatusResult>map(failed -> failed)
                .findFirst()
                .orElseGet(() -> read(list.encodedList()));
    }

    private Optional<StatusResult.Failed> notYetValid(StatusListView list) {
        return list.validFrom()
                .filter(now::isBefore)
                .map(from -> failed(
                        StatusFailure.LIST_NOT_YET_VALID,
                        "the status list credential is valid from " + from + ", after the check time " + now));
    }

    private Optional<StatusResult.Failed> expired(StatusListView list) {
        return list.validUntil()
                .filter(now::isAfter)
                .map(until -> failed(
                        StatusFailure.LIST_EXPIRED,
                        "the status list credential expired at " + until + ", before the check time " + now));
    }

    private Optional<StatusResult.Failed> samePurpose(StatusListView list) {
        return list.purposes().contains(entry.statusPurpose())
                ? Optional.empty()
                : Optional.of(failed(
                        StatusFailure.PURPOSE_MISMATCH,
                        "the entry's statusPurpose \"" + entry.statusPurpose() + "\" is not among the list's "
                                + list.purposes()));
    }

    private Optional<StatusResult.Failed> sameStatusSize(StatusListView list) {
        return list.statusSize()
                .filter(size -> size != entry.statusSize())
                .map(size -> failed(
                        StatusFailure.STATUS_SIZE_MISMATCH,
                        "the list has statusSize " + size + ", the entry " + entry.statusSize()));
    }

    private StatusResult read(String encodedList) {
        return switch (BitstringStatusList.decode(encodedList, entry.statusSize(), maxDecodedBytes)) {
            case BitstringStatusList.Decoding.Failed(var failure, var message) -> failed(failure, message);
            case BitstringStatusList.Decoding.Decoded(var list) -> read(list);
        };
    }

    private StatusResult read(BitstringStatusList list) {
        if (list.size() < minimumEntries) {
            return failed(
                    StatusFailure.LIST_TOO_SHORT,
                    "the list holds " + list.size() + " entries of " + entry.statusSize() + " bit(s); at least "
                            + minimumEntries + " are required for herd privacy");
        }
        BigInteger index = entry.index();
        if (index.compareTo(BigInteger.valueOf(list.size())) >= 0) {
            return failed(
                    StatusFailure.INDEX_OUT_OF_RANGE,
                    "statusListIndex " + index + " is outside the list's " + list.size() + " entries");
        }
        int status = list.status(index.intValueExact());
        String message = entry.messageFor(status);
        return status == 0
                ? new StatusResult.Active(entry.statusPurpose(), message)
                : new StatusResult.Flagged(entry.statusPurpose(), status, message);
    }

    private static StatusResult.Failed failed(StatusFailure failure, String message) {
        return new StatusResult.Failed(failure, message);
    }
}
