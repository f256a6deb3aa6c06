package dev.laurel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import dev.laurel.credentials.key.Multikey;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved verification method: its URL, its controller, its public key and the verification relationships its
 * controller document grants it.
 *
 * @param id the verification method URL
 * @param type the declared type ({@code Multikey}, {@code JsonWebKey}, {@code Ed25519VerificationKey2020}, …)
 * @param controller the DID or URL of the controller; the credential's issuer must equal it
 * @param publicKey the public key as a JWK (Ed25519, P-256 or RSA)
 * @param purposes the relationships granted, e.g. {@code assertionMethod}; empty when the document that carried the
 *     key declares none
 */
public record VerificationMethod(String id, String type, String controller, JWK publicKey, Set<String> purposes) {

    /** Every relationship: what a did:key or did:jwk grants its one key. */
    public static final Set<String> ALL_PURPOSES =
            Set.of("assertionMethod", "authentication", "capabilityInvocation", "capabilityDelegation", "keyAgreement");

    public VerificationMethod {
        purposes = Set.copyOf(purposes);
        if (publicKey.isPrivate()) {
            throw new IllegalArgumentException("a verification method must not carry a private key");
        }
    }

    /** The key as a Multikey, when it is Ed25519 or P-256. */
    public Optional<Multikey> multikey() {
        try {
            return Optional.of(Multikey.fromJwk(publicKey));
        } catch (IllegalArgumentException notAMultikey) {
            return Optional.empty();
        }
    }

    /** True when the controller document grants {@code purpose}, or declares no relationships at all. */
    public boolean authorizes(String purpose) {
        return purposes.isEmpty() || purposes.contains(purpose);
    }
}
