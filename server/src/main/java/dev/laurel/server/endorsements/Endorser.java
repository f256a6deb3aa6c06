package dev.laurel.server.endorsements;

import dev.laurel.credentials.key.SigningKey;
import java.util.Objects;
import java.util.UUID;

/** Who signs an endorsement, and so what its issuer profile says. */
public sealed interface Endorser {

    /** An organization on this Laurel, signing with its own active key as its issuer profile (did:web). */
    record Organization(UUID organizationId) implements Endorser {

        public Organization {
            Objects.requireNonNull(organizationId, "organizationId");
        }
    }

    /**
     * A person without an account, who proved {@code email} by using a mailed link: the platform key signs on their
     * behalf, and the issuer profile (the platform's DID) names them, their role and organization (each may be null)
     * and holds their address only salted and hashed (SHA-256).
     */
    record VerifiedEmail(String name, String email, String role, String organizationName) implements Endorser {

        public VerifiedEmail {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * Any other key: a per-account did:web or a brought did:key. {@code verificationMethod} must be a key {@code
     * issuerId} controls, for the endorsement to verify.
     */
    record Keyed(String issuerId, String name, SigningKey key, String verificationMethod) implements Endorser {

        public Keyed {
            Objects.requireNonNull(issuerId, "issuerId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(verificationMethod, "verificationMethod");
        }

        /** Leaves the key out. */
        @Override
        public String toString() {
            return "Keyed[" + issuerId + ", " + name + ", " + verificationMethod + "]";
        }
    }
}
