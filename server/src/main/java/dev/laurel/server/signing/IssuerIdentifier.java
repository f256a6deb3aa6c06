package dev.laurel.server.signing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The identifier an organization's credentials name as their issuer, and whose key signs them: its did:web, or the
 * did:key of its active key.
 */
public enum IssuerIdentifier {
    /**
     * {@code did:web:HOST:issuers:ID}, whose DID document lists every key the organization ever had: the default, and
     * the same across key rotations.
     */
    DID_WEB("did:web"),
    /**
     * {@code did:key:z6Mk…} of the active key: resolved offline by any verifier, with no request to Laurel; a rotation
     * gives the organization a new one, and what the old one signed keeps verifying, as the key is in the identifier.
     */
    DID_KEY("did:key");

    private final String value;

    IssuerIdentifier(String value) {
        this.value = value;
    }

    /** The DID method's name, {@code did:web} or {@code did:key}: the form and database value. */
    public String value() {
        return value;
    }

    /** The identifier named {@code value}, if any. */
    public static Optional<IssuerIdentifier> of(String value) {
        return Arrays.stream(values()).filter(id -> id.value.equals(value)).findFirst();
    }
}
