package dev.laurel.credentials.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.jsonld.JsonLdException;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.rdf.CanonicalizationLimitException;
import dev.laurel.credentials.verify.CheckId;
import dev.laurel.credentials.verify.CheckResult;
import dev.laurel.credentials.verify.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@link Verifier#verify(byte[])} returns a well-formed report and never throws: for any bytes, and for mutants of the
 * valid fixture credential and its status list, carried as JSON, VC-JWT, PNG or SVG, re-signed or not.
 */
class VerifierFuzzTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant SIGNED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String FIXTURES = "fixtures/verify/";
    private static final Verifier OFFLINE =
            Verifier.builder().clock(NOW).fetcher(HttpFetcher.offline()).build();
    private static final ObjectNode VALID = Fixtures.object(FIXTURES + "valid.json");
    private static final ObjectNode REVOCATION_LIST = Fixtures.object(FIXTURES + "status/revocation.json");
    private static final byte[] SUSPENSION_LIST = Fixtures.bytes(FIXTURES + "status/suspension.json");
    private static final String SAFETY_NET = "the check could not complete: ";

    @FuzzTest
    void neverThrowsOnAnyBytes(byte[] input) {
        assertWellFormed(OFFLINE.verify(input));
    }

    /**
     * Mutates the valid credential (or, one time in four, its revocation list), optionally signs the mutant again so
     * that the proof holds and the later checks see the mutated content, and verifies it in a fuzzer-chosen carrier.
     * An unmutated credential must verify in every carrier, which shows that the target reaches past the proof check.
     */
    @FuzzTest
    void neverThrowsOnMutatedCredentials(FuzzedDataProvider data) {
        Carrier carrier = data.pickValue(Carrier.values());
        boolean resign = data.consumeBoolean();
        boolean mutateList = data.consumeInt(0, 3) == 3;
        ObjectNode credential = VALID.deepCopy();
        ObjectNode revocationList = REVOCATION_LIST.deepCopy();
        ObjectNode mutated = mutateList ? revocationList : credential;
        JsonMutations.apply(mutated, mutateList ? REVOCATION_LIST : VALID, data, 8);
        if (resign) {
            mutated = signAgain(mutated);
        }
        if (mutateList) {
            revocationList = mutated;
        } else {
            credential = mutated;
        }
        byte[] input = carrier.carry(credential).orElse(null);
        if (input == null) {
            return;
        }
        Verifier verifier = Verifier.builder()
                .clock(NOW)
                .fetcher(new FixtureStatusLists(Map.of(
                        "revocation",
                        Json.write(revocationList).getBytes(StandardCharsets.UTF_8),
                        "suspension",
                        SUSPENSION_LIST)))
                .build();

        VerificationReport report = verifier.verify(input);

        assertWellFormed(report);
        if (credential.equals(VALID) && revocationList.equals(REVOCATION_LIST)) {
            assertThat(report.verified())
                    .as("the unmutated credential as %s: %s", carrier, report.toJson())
                    .isTrue();
        }
    }

    /** The document with its proof replaced by a new one over its (mutated) content, when it can be signed. */
    private static ObjectNode signAgain(ObjectNode document) {
        ObjectNode unsigned = document.deepCopy();
        unsigned.remove("proof");
        try {
            return DataIntegrity.sign(
                    unsigned,
                    Carrier.ISSUER,
                    ProofOptions.assertion(Carrier.ISSUER.publicKey().didKeyVerificationMethod(), SIGNED));
        } catch (JsonLdException | CanonicalizationLimitException documented) {
            return document;
        }
    }

    /**
     * A report starts with the format check, names each check once, carries the credential exactly when it got past
     * the format check, and never holds a check that failed only because it threw: that safety net in {@link
     * Verifier} turns a bug into a failed check, and fuzzing should see the bug.
     */
    static void assertWellFormed(VerificationReport report) {
        assertThat(report.checks()).isNotEmpty();
        assertThat(report.checks().getFirst().id()).isEqualTo(CheckId.FORMAT);
        Set<CheckId> seen = new HashSet<>();
        for (CheckResult check : report.checks()) {
            assertThat(seen.add(check.id())).as("%s reported twice", check.id()).isTrue();
            assertThat(check.message()).as("%s message", check.id()).isNotNull();
            assertThat(check.message()).as("%s threw", check.id()).doesNotStartWith(SAFETY_NET);
        }
        assertThat(report.credential().isPresent()).isEqualTo(report.checks().size() > 1);
        assertThat(report.toJson().get("checks").size())
                .isEqualTo(report.checks().size());
    }
}
