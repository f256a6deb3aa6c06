package dev.laurel.server.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import java.time.Clock;

/**
 * One organization's active key, ready to sign many credentials (see {@link IssuerKeys#signer}). Immutable and
 * thread-safe: signing reads the key and the clock only.
 */
public final class Signer {

    private final SigningKey key;
    private final String verificationMethod;
    private final Clock clock;

    Signer(SigningKey key, String verificationMethod, Clock clock) {
        this.key = key;
        this.verificationMethod = verificationMethod;
        this.clock = clock;
    }

    /** The signed credential's JSON (Data Integrity) or the compact JWS (VC-JWT), as {@link IssuerKeys#sign}. */
    public String sign(JsonNode credential, ProofFormat format) {
        return switch (format) {
            case DATA_INTEGRITY ->
                Json.write(DataIntegrity.sign(
                        credential, key, ProofOptions.assertion(verificationMethod, clock.instant())));
            case VC_JWT -> VcJwt.sign(credential, key, verificationMethod);
        };
    }
}
