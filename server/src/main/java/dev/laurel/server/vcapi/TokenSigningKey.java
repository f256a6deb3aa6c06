package dev.laurel.server.vcapi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import dev.laurel.server.platform.MasterKey;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The P-256 key that signs the VC-API's access tokens (ES256): one for every node, made by whichever node needs it
 * first and stored in the database as a private JWK, AES-256-GCM encrypted under the master key. Every node signs and
 * verifies tokens with it, so a token from one node is accepted by all. Thread-safe.
 */
@Component
class TokenSigningKey {

    private static final String PURPOSE = "access-tokens";
    static final byte[] CONTEXT = "vc-api access token signing key".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private volatile ECKey key;

    TokenSigningKey(JdbcClient jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** The private key, with its {@code kid}. */
    ECKey key() {
        ECKey current = key;
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

    private ECKey loadOrCreate() {
        Optional<byte[]> stored = stored();
        if (stored.isEmpty()) {
            jdbc.sql("""
                            insert into vcapi_token_keys (purpose, encrypted_jwk, created_at)
                            values (:purpose, :jwk, :now) on conflict (purpose) do nothing
                            """)
                    .param("purpose", PURPOSE)
                    .param(
                            "jwk",
                            masterKey.encrypt(generate().toJSONString().getBytes(StandardCharsets.UTF_8), CONTEXT))
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            stored = stored();
        }
        try {
            return ECKey.parse(new String(masterKey.decrypt(stored.orElseThrow(), CONTEXT), StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException("the stored access token signing key is not a JWK", e);
        }
    }

    private Optional<byte[]> stored() {
        return jdbc.sql("select encrypted_jwk from vcapi_token_keys where purpose = :purpose")
                .param("purpose", PURPOSE)
                .query((rs, row) -> rs.getBytes(1))
                .optional();
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }
}
