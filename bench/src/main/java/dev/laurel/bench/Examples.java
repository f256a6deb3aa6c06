package dev.laurel.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.KeyType;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.ProofResult;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The credentials the benchmarks sign and verify: the Open Badges 3.0 spec's basic example (15 quads, 1 blank node)
 * and complete example (365 quads, 40 blank nodes, 4 embedded endorsements), each issued by the did:key of the key
 * that signs it.
 */
final class Examples {

    /** The time every verification runs at: inside the complete example's validity period. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Examples() {}

    /**
     * The unsigned credential {@code examples/<name>/credential.json} ({@code name} is basic or complete), with its
     * issuer's id set to the did:key of {@code key}.
     */
    static ObjectNode credential(String name, SigningKey key) {
        ObjectNode credential = (ObjectNode) Json.parse(resource("examples/" + name + "/credential.json"));
        ((ObjectNode) credential.get("issuer")).put("id", key.publicKey().didKey());
        return credential;
    }

    /** An issuer key: the examples' own Ed25519 key from {@code key.json}, or a new P-256 key. */
    static SigningKey issuerKey(KeyType type) {
        return type == KeyType.ED25519
                ? SigningKey.fromJson(Json.parse(resource("examples/key.json")))
                : SigningKey.generate(type, new SecureRandom());
    }

    /**
     * A verifier that never goes online, as of {@link #NOW}: status lists cannot be fetched, so a credential with a
     * {@code credentialStatus} (the complete example) fails the status check after the lookup is refused.
     */
    static Verifier offlineVerifier() {
        return Verifier.builder().clock(CLOCK).fetcher(HttpFetcher.offline()).build();
    }

    /** Fails the setup unless the proof held, so a benchmark never measures the short path of a rejection. */
    static void requireValid(ProofResult result) {
        if (!(result instanceof ProofResult.Valid)) {
            throw new IllegalStateException("the pre-signed input does not verify: " + result);
        }
    }

    /** Fails the setup unless the only failed check is the status lookup an offline verifier cannot make. */
    static void requireVerifiedOffline(VerificationReport report) {
        for (CheckResult failure : report.failures()) {
            if (failure.id() != CheckId.STATUS) {
                throw new IllegalStateException("full verification fails beyond the offline status check: " + failure);
            }
        }
        if (!(report.check(CheckId.PROOF).orElseThrow() instanceof CheckResult.Passed)) {
            throw new IllegalStateException("the proof check did not pass: " + report.checks());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
