package dev.laurel.server.issuing;

/** Where an issued credential stands. */
public enum CredentialState {
    ACTIVE,
    /** Not to be accepted for now; the issuer may reinstate it. */
    SUSPENDED,
    /** Cancelled for good. */
    REVOKED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
