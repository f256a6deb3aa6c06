package dev.laurel.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.DataIntegrityVerifier;
import dev.laurel.credentials.proof.ProofOptions;
import jakarta.json.JsonObject;
import java.io.StringReader;
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
 * {@code bench/di}: Laurel's {@code eddsa-rdfc-2022} signing and proof checking, through the API a caller uses
 * ({@link DataIntegrity#sign}, {@link DataIntegrityVerifier#verify} with a {@link DidResolver}), beside the fixed
 * Titanium baseline ({@link TitaniumDataIntegrity}), on the basic and complete examples issued by the did:key of the
 * examples' key. Two forks, as the figures of issue 4 were taken.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(2)
@Warmup(iterations = Settings.WARMUP_ITERATIONS, time = Settings.WARMUP_SECONDS)
@Measurement(iterations = Settings.MEASUREMENT_ITERATIONS, time = Settings.MEASUREMENT_SECONDS)
public class DataIntegrityComparison {

    @Param({"basic", "complete"})
    public String example;

    @Param({"laurel", "titanium"})
    public String implementation;

    private boolean laurel;
    private SigningKey key;
    private String method;
    private ObjectNode unsigned;
    private ProofOptions options;
    private ObjectNode signed;
    private DataIntegrityVerifier verifier;
    private JsonObject titaniumUnsigned;
    private JsonObject titaniumSigned;

    @Setup
    public void setUp() {
        laurel = implementation.equals("laurel");
        key = Examples.issuerKey(KeyType.ED25519);
        method = key.publicKey().didKeyVerificationMethod();
        unsigned = Examples.credential(example, key);
        options = ProofOptions.assertion(method, Examples.NOW);
        signed = DataIntegrity.sign(unsigned, key, options);
        verifier = new DataIntegrityVerifier(new DidResolver(HttpFetcher.offline()));
        Examples.requireValid(verifier.verify(signed, "assertionMethod", Examples.NOW));
        titaniumUnsigned = jakarta.json.Json.createReader(new StringReader(Json.write(unsigned)))
                .readObject();
        titaniumSigned = TitaniumDataIntegrity.sign(titaniumUnsigned, key, method, Examples.NOW);
        if (!TitaniumDataIntegrity.verify(titaniumSigned)) {
            throw new IllegalStateException("the baseline does not verify what it signed");
        }
        String laurelValue = signed.get("proof").get("proofValue").asText();
        String titaniumValue = titaniumSigned.getJsonObject("proof").getString("proofValue");
        if (example.equals("basic") && !laurelValue.equals(titaniumValue)) {
            throw new IllegalStateException("Laurel and the baseline sign the basic example differently");
        }
    }

    /** Adds an eddsa-rdfc-2022 proof to the unsigned credential. */
    @Benchmark
    public Object sign() {
        return laurel
                ? DataIntegrity.sign(unsigned, key, options)
                : TitaniumDataIntegrity.sign(titaniumUnsigned, key, method, Examples.NOW);
    }

    /** Checks the proof of the credential signed in the setup, resolving its did:key. */
    @Benchmark
    public Object verify() {
        return laurel
                ? verifier.verify(signed, "assertionMethod", Examples.NOW)
                : TitaniumDataIntegrity.verify(titaniumSigned);
    }
}
