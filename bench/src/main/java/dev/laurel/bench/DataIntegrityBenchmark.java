package dev.laurel.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.DataIntegrityVerifier;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.ProofResult;
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
 * Data Integrity {@code eddsa-rdfc-2022} proofs: JSON-LD to RDF, RDFC-1.0 and SHA-256 of the document and of the
 * proof configuration, then Ed25519 — to sign, or to check a proof against the did:key it names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(Settings.FORKS)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.WARMUP_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.MEASUREMENT_SECONDS)
public class DataIntegrityBenchmark {

    @Param({"basic", "complete"})
    public String example;

    private ObjectNode unsigned;
    private SigningKey key;
    private ProofOptions options;
    private ObjectNode signed;
    private DataIntegrityVerifier proofs;

    @Setup
    public void setUp() {
        key = Examples.issuerKey(KeyType.ED25519);
        unsigned = Examples.credential(example, key);
        options = ProofOptions.assertion(key.publicKey().didKeyVerificationMethod(), Examples.NOW);
        signed = DataIntegrity.sign(unsigned, key, options);
        proofs = new DataIntegrityVerifier(new DidResolver(HttpFetcher.offline()));
        Examples.requireValid(verifyProof());
    }

    /** Adds an eddsa-rdfc-2022 proof to the unsigned credential. */
    @Benchmark
    public ObjectNode sign() {
        return DataIntegrity.sign(unsigned, key, options);
    }

    /** Checks the proof of the pre-signed credential, resolving its did:key. */
    @Benchmark
    public ProofResult verifyProof() {
        return proofs.verify(signed, "assertionMethod", Examples.NOW);
    }
}
