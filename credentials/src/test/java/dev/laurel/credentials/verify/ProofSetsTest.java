package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.did.DidResolver;
import dev.laurel.credentials.did.Resolution;
import dev.laurel.credentials.did.VerificationMethod;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.SuiteSigner;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credentials with several proofs (VC Data Integrity proof sets and chains): a report line per proof, the issuer's
 * proof required, the examination bounded, unknown proofs reported.
 */
class ProofSetsTest {

    private static final String VECTORS = "spec/vectors/vc-di-eddsa/proof-set-chain/";
    private static final String ISSUER = "https://vc.example/issuers/5678";
    private static final String KEY_1 = "z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7";
    private static final String KEY_2 = "z6MkhWqdDBPojHA7cprTGTt5yHv5yUi1B8cnXn8ReLumkw6E";
    private static final String KEY_4 = "z6Mkm1S51iPHJvDEkJ9MRtxJmT8Pqo6wHipAFwBAjN83vntT";

    @Test
    void verifiesTheSpecProofSetWhenItsSecondProofIsTheIssuers() {
        VerificationReport report = verifier(issuerControls(KEY_2)).verify(vector("signedProofSet2.json"));

        assertThat(report.checks(CheckId.PROOF))
                .as(NegativeFixturesTest.describe(report))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).isInstanceOf(CheckResult.Passed.class));
        assertThat(report.checks(CheckId.PROOF).get(0).message()).startsWith("proof 1 of 2: eddsa-rdfc-2022 proof");
        assertThat(report.checks(CheckId.PROOF).get(1).message()).startsWith("proof 2 of 2: eddsa-rdfc-2022 proof");
        assertThat(report.verified()).as(NegativeFixturesTest.describe(report)).isTrue();
    }

    @Test
    void stopsOnceTheIssuersProofVerifiedAndSaysTheRestWasNotChecked() {
        VerificationReport report = verifier(issuerControls(KEY_1)).verify(vector("signedProofSet2.json"));

        List<CheckResult> proofs = report.checks(CheckId.PROOF);
        assertThat(proofs.get(0)).isInstanceOf(CheckResult.Passed.class);
        assertThat(proofs.get(1)).isInstanceOf(CheckResult.Skipped.class);
        assertThat(proofs.get(1).message())
                .isEqualTo("proof 2 of 2: not checked: a proof by " + ISSUER + " verified already");
        assertThat(report.verified()).isTrue();
    }

    @Test
    void verifiesEveryLinkOfTheSpecProofChainBeforeItsLastProof() {
        VerificationReport report = verifier(issuerControls(KEY_4)).verify(vector("signedProofChain2.json"));

        assertThat(report.checks(CheckId.PROOF))
                .as(NegativeFixturesTest.describe(report))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).isInstanceOf(CheckResult.Passed.class));
        assertThat(report.verified()).isTrue();
    }

    @Test
    void refusesTheSpecProofChainOnceAClaimChanges() {
        String text = Fixtures.text(VECTORS + "signedProofChain2.json")
                .replace("The School of Examples", "The School of Examplez");

        VerificationReport report = verifier(issuerControls(KEY_4)).verify(text);

        assertThat(report.checks(CheckId.PROOF))
                .as(NegativeFixturesTest.describe(report))
                .anySatisfy(line -> assertThat(line.reason()).contains(Reason.PROOF_INVALID))
                .noneSatisfy(line -> assertThat(line).isInstanceOf(CheckResult.Passed.class));
        assertThat(report.verified()).isFalse();
    }

    @Test
    void failsTheIssuerCheckWhenNoVerifiedProofIsTheIssuers() {
        VerificationReport report =
                verifier(new DidResolver(HttpFetcher.offline())).verify(vector("signedProofSet2.json"));

        assertThat(report.checks(CheckId.PROOF))
                .allSatisfy(line -> assertThat(line).isInstanceOf(CheckResult.Passed.class));
        assertThat(report.check(CheckId.ISSUER).orElseThrow().reason()).contains(Reason.ISSUER_NOT_CONTROLLER);
        assertThat(report.check(CheckId.ISSUER).orElseThrow().message()).contains("none of the verified proofs");
    }

    @Test
    void examinesAtMostTheConfiguredNumberOfProofs() {
        VerificationReport report = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(NegativeFixturesTest.STATUS_LISTS)
                .proofSetLimits(3, Duration.ofSeconds(10))
                .build()
                .verify(Fixtures.bytes(NegativeFixturesTest.DIR + "proof-set-over-limit.json"));

        List<CheckResult> proofs = report.checks(CheckId.PROOF);
        assertThat(proofs).hasSize(6);
        assertThat(proofs.subList(0, 3)).allSatisfy(line -> assertThat(line).isInstanceOf(CheckResult.Passed.class));
        assertThat(proofs.subList(3, 6)).allSatisfy(line -> {
            assertThat(line.reason()).contains(Reason.PROOF_LIMIT_REACHED);
            assertThat(line.message()).contains("not checked: Laurel examines at most 3 proofs");
        });
    }

    @Test
    void stopsBeginningProofsOnceTheTimeForThemRanOut() {
        VerificationMethodResolver slow = url -> {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new DidResolver(HttpFetcher.offline()).resolve(url);
        };
        ObjectNode credential = Fixtures.object(NegativeFixturesTest.DIR + "valid.json");
        credential.remove("proof"); // ten co-signers and no issuer: every proof would be examined
        for (int n = 0; n < 10; n++) {
            SigningKey key = FixtureKeys.cosigner(n);
            credential = SuiteSigner.add(
                    credential,
                    key,
                    "eddsa-rdfc-2022",
                    ProofOptions.assertion(key.publicKey().didKeyVerificationMethod(), VerificationFixtures.SIGNED),
                    null,
                    null);
        }
        Verifier verifier = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(NegativeFixturesTest.STATUS_LISTS)
                .resolver(slow)
                .proofSetLimits(20, Duration.ofMillis(400))
                .build();

        long started = System.nanoTime();
        VerificationReport report = verifier.verify(Json.write(credential));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofSeconds(3));
        List<CheckResult> proofs = report.checks(CheckId.PROOF);
        assertThat(proofs).hasSize(10);
        assertThat(proofs.get(0)).isInstanceOf(CheckResult.Passed.class);
        assertThat(proofs.get(9).reason()).contains(Reason.PROOF_LIMIT_REACHED);
        assertThat(proofs.get(9).message()).contains("the time for checking proofs (400 ms) ran out");
        assertThat(report.verified()).isFalse();
    }

    @Test
    void warnsOfAProofOfAnUnknownTypeBesideTheIssuersValidOne() {
        VerificationReport report = NegativeFixturesTest.verifier()
                .verify(Fixtures.bytes(NegativeFixturesTest.DIR + "proof-set-unknown-type.json"));

        List<CheckResult> proofs = report.checks(CheckId.PROOF);
        assertThat(proofs.get(0)).isInstanceOf(CheckResult.Passed.class);
        assertThat(proofs.get(1)).isInstanceOf(CheckResult.Warning.class);
        assertThat(proofs.get(1).reason()).contains(Reason.PROOF_UNSUPPORTED);
        assertThat(proofs.get(1).message()).contains("unsupported proof type 'BbsBlsSignature2020'");
        assertThat(report.verified()).isTrue();
    }

    private static Verifier verifier(VerificationMethodResolver resolver) {
        return Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(HttpFetcher.offline())
                .resolver(resolver)
                .build();
    }

    private static byte[] vector(String name) {
        return Fixtures.bytes(VECTORS + name);
    }

    /** did:key offline, with the key {@code multibase} listed by the issuer as its own (its controller document). */
    private static VerificationMethodResolver issuerControls(String multibase) {
        DidResolver didKey = new DidResolver(HttpFetcher.offline());
        return url -> switch (didKey.resolve(url)) {
            case Resolution.Resolved resolved
            when url.endsWith("#" + multibase) -> {
                VerificationMethod method = resolved.method();
                yield new Resolution.Resolved(new VerificationMethod(
                        method.id(), method.type(), ISSUER, method.publicKey(), method.purposes()));
            }
            case Resolution resolution -> resolution;
        };
    }
}
