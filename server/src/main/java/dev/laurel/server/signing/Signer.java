package dev.laurel.server.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import java.time.Clock;

/**
 * One organization's active key, ready to sign many credentials as one of its identifiers (see {@link
 * IssuerKeys#signer}). Immutable and thread-safe: signing reads the key and the clock only.
 */
public final class Signer {

    private final SigningKey key;
    private final IssuerIdentifier identifier;
    private final String verificationMethod;
    private final Clock clock;

    Signer(SigningKey key, IssuerIdentifier identifier, String verificationMethod, Clock clock) {
        this.key = key;
        this.identifier = identifier;
        this.verificationMethod = verificationMethod;
        this.clock = clock;
    }

    /**
     * The signed credential's JSON (Data Integrity) or the compact JWS (VC-JWT), as {@link IssuerKeys#sign}.
     *
     * @throws IllegalStateException when signing as a did:key and the credential names another issuer: the key
     *     rotated after its issuer was set
     */
    public String sign(JsonNode credential, ProofFormat format) {
        if (identifier == IssuerIdentifier.DID_KEY && !key.publicKey().didKey().equals(issuerId(credential))) {
            throw new IllegalStateException("the credential's issuer is not "
                    + key.publicKey().didKey() + ", the did:key of the active key: the key rotated while issuing");
        }
        return switch (format) {
            case DATA_INTEGRITY ->
                Json.write(DataIntegrity.sign(
                        credential, key, ProofOptions.assertion(verificationMethod, clock.instant())));
            case VC_JWT -> VcJwt.sign(credential, key, verificationMethod);
        };
    }

    private static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return (issuer.isObject() ? issuer.path("id") : issuer).asText(null);
    }
}
