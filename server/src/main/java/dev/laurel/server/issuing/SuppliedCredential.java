package dev.laurel.server.issuing;

import dev.laurel.credentials.status.StatusPurpose;
import dev.laurel.server.signing.ProofFormat;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A credential a client supplied and this organization issued, with the signed document exactly as issued.
 *
 * @param id Laurel's id of the record
 * @param organizationId the issuer
 * @param credentialId the name the client refers to it by ({@code options.credentialId} or the credential's {@code
 *     id}), or null
 * @param format how it is signed
 * @param document the signed credential: JSON (Data Integrity) or a compact JWS (VC-JWT)
 * @param issuedAt when it was issued
 * @param revokedAt when it was revoked, or null
 * @param suspendedAt when its current suspension began, or null when it is not suspended
 * @param status its status entries, revocation first
 */
public record SuppliedCredential(
        UUID id,
        UUID organizationId,
        String credentialId,
        ProofFormat format,
        String document,
        Instant issuedAt,
        Instant revokedAt,
        Instant suspendedAt,
        List<Entry> status) {

    public SuppliedCredential {
        status = List.copyOf(status);
    }

    /**
     * One {@code BitstringStatusListEntry} of the credential.
     *
     * @param purpose revocation or suspension
     * @param listId Laurel's id of the status list
     * @param index the credential's index in it
     * @param statusListCredential the URL of the list credential
     */
    public record Entry(StatusPurpose purpose, UUID listId, int index, String statusListCredential) {

        /** The entry's {@code id}, {@code <statusListCredential>#<index>}. */
        public String id() {
            return statusListCredential + "#" + index;
        }
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean suspended() {
        return suspendedAt != null;
    }

    /** The entry for {@code purpose}, if the credential has one. */
    public Optional<Entry> entry(StatusPurpose purpose) {
        return status.stream().filter(entry -> entry.purpose() == purpose).findFirst();
    }
}
