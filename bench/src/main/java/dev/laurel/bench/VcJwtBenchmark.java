package dev.laurel.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.proof.JwtVerifier;
import dev.laurel.credentials.proof.ProofResult;
import dev.laurel.credentials.proof.VcJwt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * VC-JWT signatures: signing a compact JWS with {@code EdDSA} (the examples' Ed25519 key) or {@code ES256} (a P-256
 * key, made the issuer's did:key), and decoding a pre-signed JWT and checking its signature against the did:key its
 * {@code kid} names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(Settings.FORKS)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.WARMUP_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.MEASUREMENT_SECONDS)
public class VcJwtBenchmark {

    @Param({"basic", "complete"})
    public String example;

    @Param({"EdDSA", "ES256"})
    public String algorithm;

    private ObjectNode credential;
    private SigningKey key;
    private String keyId;
    private String jwt;
    private JwtVerifier signatures;

    @Setup
    public void setUp() {
        key = Examples.issuerKey(algorithm.equals("ES256") ? KeyType.P256 : KeyType.ED25519);
        keyId = key.publicKey().didKeyVerificationMethod();
        credential = Examples.credential(example, key);
        jwt = VcJwt.sign(credential, key, keyId);
        signatures = new JwtVerifier(new DidResolver(HttpFetcher.offline()));
        Examples.requireValid(verify());
    }

    /** Signs the credential as a compact JWS. */
    @Benchmark
    public String sign() {
        return VcJwt.sign(credential, key, keyId);
    }

    /** Decodes the pre-signed JWT and checks its signature. */
    @Benchmark
    public ProofResult verify() {
        return signatures.verify(DecodedJwt.parse(jwt));
    }
}
