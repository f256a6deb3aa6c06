package dev.laurel.server.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.server.platform.LaurelSettings;
import dev.laurel.server.platform.MasterKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The platform's own signing key, for what Laurel issues in its own name rather than an organization's (an earner's
 * collection as a CLR 2.0 credential). Its DID is this Laurel's root did:web ({@code did:web:HOST}), whose document is
 * served at {@code /.well-known/did.json}; the key is {@code #platform-1}. One key for every node: made by whichever
 * node signs first ({@code insert … on conflict do nothing}), its secret encrypted under the master key. Thread-safe.
 */
@Service
public class PlatformKey {

    static final String FRAGMENT = "platform-1";

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final LaurelSettings settings;
    private final Clock clock;
    private volatile SigningKey key;

    PlatformKey(JdbcClient jdbc, MasterKey masterKey, LaurelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.settings = settings;
        this.clock = clock;
    }

    /** The platform's DID, {@code did:web:HOST}: the issuer of what it signs. */
    public String did() {
        return settings.didWebPrefix();
    }

    /** The verification method its proofs name. */
    public String verificationMethod() {
        return did() + "#" + FRAGMENT;
    }

    /** {@code document} with a Data Integrity {@code eddsa-rdfc-2022} assertion proof by the platform key. */
    public ObjectNode sign(JsonNode document) {
        return DataIntegrity.sign(document, key(), ProofOptions.assertion(verificationMethod(), clock.instant()));
    }

    /** The public key, multibase: what the DID document publishes. */
    public String publicKeyMultibase() {
        return key().publicKey().publicKeyMultibase();
    }

    private SigningKey key() {
        SigningKey current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    current = loadOrCreate();
                    key = current;
                }
            }
        }
        return current;
    }

    private SigningKey loadOrCreate() {
        byte[] context = ("platform key " + FRAGMENT).getBytes(StandardCharsets.UTF_8);
        if (stored().isEmpty()) {
            SigningKey made = SigningKey.generate(KeyType.ED25519, new SecureRandom());
            jdbc.sql("insert into platform_keys (fragment, public_key_multibase, encrypted_secret, created_at) "
                            + "values (:fragment, :public, :secret, :now) on conflict (fragment) do nothing")
                    .param("fragment", FRAGMENT)
                    .param("public", made.publicKey().publicKeyMultibase())
                    .param(
                            "secret",
                            masterKey.encrypt(made.secretKeyMultibase().getBytes(StandardCharsets.US_ASCII), context))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        byte[] secret = masterKey.decrypt(stored().orElseThrow(), context);
        return SigningKey.fromMultibase(new String(secret, StandardCharsets.US_ASCII));
    }

    private java.util.Optional<byte[]> stored() {
        return jdbc.sql("select encrypted_secret from platform_keys where fragment = :fragment")
                .param("fragment", FRAGMENT)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }
}
