package dev.laurel.credentials.verify;

import static dev.laurel.credentials.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.LocalServer;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.proof.VcJwt;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerifierTest {

    private static final SigningKey ISSUER = FixtureKeys.issuer();
    private static final String EXAMPLES = "spec/vectors/ob-v3p0-spec-examples/";

    @Test
    void reportsTheVcDiEddsaVectorsProofAsValidAndItsIssuerBindingAsFailed() {
        VerificationReport report = NegativeFixturesTest.verifier()
                .verify(Fixtures.bytes("spec/vectors/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json"));

        assertThat(report.check(CheckId.PROOF)).get().isInstanceOf(CheckResult.Passed.class);
        assertThat(report.check(CheckId.ISSUER))
                .get()
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.message())
                        .contains("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
                        .contains("https://vc.example/issuers/5678"));
        assertThat(report.failures()).extracting(CheckResult::id).containsExactly(CheckId.ISSUER);
        assertThat(report.verified()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01-sample-endorsementcredential.json",
                "02-achievement-alignment-credential-engine.json",
                "03-skill-assertion-credential-registry.json",
                "04-skill-assertion-case.json",
                "05-achievement-alignment-case.json",
                "06-complete-openbadgecredential.json",
                "07-sample-openbadgecredential.json"
            })
    void verifiesEverySpecExampleOnceSignedBothWays(String example) {
        ObjectNode credential = issuedByTheFixtureIssuer(object(EXAMPLES + example));
        ObjectNode signed = DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
        String jwt = VcJwt.sign(credential, ISSUER, ISSUER.publicKey().didKeyVerificationMethod());
        Verifier verifier = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(revocationLists())
                .build();

        for (VerificationReport report : List.of(verifier.verify(Json.write(signed)), verifier.verify(jwt))) {
            assertThat(report.verified())
                    .as(NegativeFixturesTest.describe(report))
                    .isTrue();
            assertThat(report.check(CheckId.PROOF)).get().isInstanceOf(CheckResult.Passed.class);
            assertThat(report.check(CheckId.SCHEMA)).get().isNotInstanceOf(CheckResult.Failed.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"08-untitled.json", "09-untitled.json"})
    void signsAndVerifiesTheSpecSnippetsExceptForTheSchemaTheyAreTooShortFor(String example) {
        ObjectNode credential = issuedByTheFixtureIssuer(object(EXAMPLES + example));
        ObjectNode signed = DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));

        VerificationReport report = NegativeFixturesTest.verifier().verify(signed);

        assertThat(report.failures())
                .as(NegativeFixturesTest.describe(report))
                .extracting(CheckResult::id)
                .containsExactly(CheckId.SCHEMA);
        assertThat(report.check(CheckId.PROOF)).get().isInstanceOf(CheckResult.Passed.class);
    }

    @Test
    void warnsAboutEndorsementsThatDoNotVerifyWithoutFailingTheCredential() {
        ObjectNode credential = issuedByTheFixtureIssuer(object(EXAMPLES + "06-complete-openbadgecredential.json"));
        ObjectNode signed = DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2026-01-01T00:00:00Z")));
        Verifier verifier = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(revocationLists())
                .build();

        VerificationReport report = verifier.verify(signed);

        assertThat(report.check(CheckId.ENDORSEMENTS))
                .get()
                .isInstanceOfSatisfying(CheckResult.Warning.class, w -> assertThat(w.message())
                        .contains("endorsement(s) do not verify"));
        assertThat(report.verified()).isTrue();
    }

    @Test
    void failsTheStatusCheckWhenTheStatusListCannotBeFetched() {
        Verifier verifier = Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(HttpFetcher.offline())
                .build();
        VerificationReport report = verifier.verify(Fixtures.bytes("fixtures/verify/valid.json"));
        assertThat(report.failures()).extracting(CheckResult::id).containsExactly(CheckId.STATUS);
        assertThat(report.check(CheckId.STATUS).orElseThrow().message()).contains("could not be checked");
    }

    @Test
    void verifiesACredentialIssuedByADidWebIssuerServedOverHttp() {
        try (LocalServer server = new LocalServer()) {
            String did = "did:web:127.0.0.1%3A" + server.port() + ":issuers:9";
            server.serve("/issuers/9/did.json", "application/did+json", """
                    {"id": "%1$s", "verificationMethod": [{"id": "%1$s#key-1", "type": "Multikey",
                      "controller": "%1$s", "publicKeyMultibase": "%2$s"}], "assertionMethod": ["%1$s#key-1"]}
                    """.formatted(
                            did, ISSUER.publicKey().publicKeyMultibase()));
            ObjectNode credential = object(EXAMPLES + "07-sample-openbadgecredential.json");
            ((ObjectNode) credential.get("issuer")).put("id", did);
            ObjectNode signed = DataIntegrity.sign(
                    credential, ISSUER, ProofOptions.assertion(did + "#key-1", Instant.parse("2026-01-01T00:00:00Z")));
            Verifier verifier = Verifier.builder()
                    .clock(NegativeFixturesTest.NOW)
                    .fetcher(server.fetcher())
                    .build();

            VerificationReport report = verifier.verify(signed);

            assertThat(report.verified())
                    .as(NegativeFixturesTest.describe(report))
                    .isTrue();
            assertThat(report.check(CheckId.ISSUER).orElseThrow().message()).contains(did);
        }
    }

    @Test
    void neverThrowsOnInputThatIsNotACredential() {
        Verifier verifier = NegativeFixturesTest.verifier();
        for (String input : new String[] {
            "",
            "   ",
            "[]",
            "42",
            "{",
            "{\"@context\": 5}",
            "a.b.c",
            "not json",
            "{}",
            "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": \"VerifiableCredential\", \"proof\": 7}"
        }) {
            VerificationReport report = verifier.verify(input.getBytes(StandardCharsets.UTF_8));
            assertThat(report.verified()).as(input).isFalse();
            assertThat(report.failures()).as(input).isNotEmpty();
        }
    }

    private static ObjectNode issuedByTheFixtureIssuer(ObjectNode credential) {
        if (credential.get("issuer").isObject()) {
            ((ObjectNode) credential.get("issuer")).put("id", ISSUER.publicKey().didKey());
        } else {
            credential.put("issuer", ISSUER.publicKey().didKey());
        }
        return credential;
    }

    /** Serves an empty 1EdTech revocation list at any URL, as the examples' issuers would. */
    private static HttpFetcher revocationLists() {
        return (url, accept) -> new FetchResult.Fetched(
                url,
                "application/json",
                ("{\"id\": \"" + url + "\", \"revokedCredentials\": []}").getBytes(StandardCharsets.UTF_8));
    }
}
