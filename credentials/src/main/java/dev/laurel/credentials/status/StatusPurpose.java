package dev.laurel.credentials.status;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status purposes Bitstring Status List v1.0 defines. The spec lets a purpose be any string, so entries keep the
 * raw string; this enum names the ones with defined meaning.
 */
public enum StatusPurpose {
    /** Cancels a credential's validity; not reversible. */
    REVOCATION("revocation"),
    /** Temporarily prevents acceptance of a credential; reversible. */
    SUSPENSION("suspension"),
    /** An updated credential is available from its refresh service; does not invalidate it. */
    REFRESH("refresh"),
    /** Conveys one of the messages listed in the entry's {@code statusMessage}. */
    MESSAGE("message");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The JSON value, e.g. {@code "revocation"}. */
    public String value() {
        return value;
    }

    /** The defined purpose spelled {@code value}, if any (case-sensitive, as JSON-LD terms are). */
    public static Optional<StatusPurpose> of(String value) {
        return Arrays.stream(values()).filter(p -> p.value.equals(value)).findFirst();
    }
}
