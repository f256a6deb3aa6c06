package dev.laurel.credentials.status;

import java.util.Objects;

/**
 * The answer to "what is this credential's status?" for one {@code credentialStatus} entry. A list that cannot be read
 * or does not apply is a {@link Failed} result, never an exception.
 */
public sealed interface StatusResult {

    /**
     * The status is 0: not revoked, not suspended, no refresh pending; for the {@code message} purpose, the message
     * of value 0.
     */
    record Active(String purpose, String message) implements StatusResult {
        public Active {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The status is {@code status}, not 0: the credential is revoked or suspended, a refresh is available, or (for
     * {@code message}) it carries that message. {@code message} is the entry's {@code statusMessage} for the value,
     * "set" when the entry has none, or the 1EdTech {@code revocationReason}.
     */
    record Flagged(String purpose, int status, String message) implements StatusResult {
        public Flagged {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(message, "message");
            if (status == 0) {
                throw new IllegalArgumentException("status 0 is Active, not Flagged");
            }
        }

        /** Whether this is a revocation: the credential is no longer valid, for good. */
        public boolean revoked() {
            return StatusPurpose.REVOCATION.value().equals(purpose);
        }

        /** Whether this is a suspension: the credential is not to be accepted for now. */
        public boolean suspended() {
            return StatusPurpose.SUSPENSION.value().equals(purpose);
        }
    }

    /** The status could not be determined; {@code failure} is the stable code, {@code message} the exact reason. */
    record Failed(StatusFailure failure, String message) implements StatusResult {
        public Failed {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(message, "message");
        }
    }
}
