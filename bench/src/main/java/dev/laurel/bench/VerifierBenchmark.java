package dev.laurel.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
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
 * Full verification, as {@code laurel verify} runs it: every check of {@link Verifier} (format, context, type, schema,
 * subject, proof, issuer, JWT claims, validity, status, endorsements) on the text of a credential signed with the
 * examples' Ed25519 key, as Data Integrity JSON ({@code di}) or as a VC-JWT ({@code jwt}, EdDSA).
 *
 * <p>The verifier is offline: the complete example's {@code credentialStatus} lookup is refused at once (the status
 * check fails; no network time is measured) and its four endorsements, signed with an unknown cryptosuite, are
 * checked and become a warning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(Settings.FORKS)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.WARMUP_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.MEASUREMENT_SECONDS)
public class VerifierBenchmark {

    @Param({"basic", "complete"})
    public String example;

    @Param({"di", "jwt"})
    public String format;

    private String signed;
    private Verifier verifier;

    @Setup
    public void setUp() {
        SigningKey key = Examples.issuerKey(KeyType.ED25519);
        ObjectNode credential = Examples.credential(example, key);
        String method = key.publicKey().didKeyVerificationMethod();
        signed = format.equals("jwt")
                ? VcJwt.sign(credential, key, method)
                : Json.write(DataIntegrity.sign(credential, key, ProofOptions.assertion(method, Examples.NOW)));
        verifier = Examples.offlineVerifier();
        Examples.requireVerifiedOffline(verify());
    }

    /** Verifies the signed text: JSON with an embedded proof, or a compact JWS. */
    @Benchmark
    public VerificationReport verify() {
        return verifier.verify(signed);
    }
}
