package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.FetchResult;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.PresentationReport;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The W3C CCG's Ed25519Signature2020 vector ({@code spec/vectors/ed25519-signature-2020}): a VC 1.1 credential with
 * the VC 1.1 examples context, signed by a key of an https controller document, verifies through the whole verifier,
 * every context bundled; a changed copy does not; and its presentation's proof verifies.
 */
class Ed25519Signature2020VectorTest {

    private static final String DIR = "spec/vectors/ed25519-signature-2020/";
    private static final String ISSUER = "https://example.com/issuer/123";

    /** Serves the vector's controller document at its issuer URL; nothing else is reachable. */
    private static final HttpFetcher CONTROLLER =
            (url, accept) -> url.toString().equals(ISSUER)
                    ? new FetchResult.Fetched(
                            url,
                            "application/did+ld+json",
                            Json.writePretty(Fixtures.json(DIR + "issuer-controller-document.json")
                                            .get("issuer_0"))
                                    .getBytes(StandardCharsets.UTF_8))
                    : new FetchResult.Failed(url, url + " is not reachable in tests");

    private static Verifier verifier() {
        return Verifier.builder()
                .clock(NegativeFixturesTest.NOW)
                .fetcher(CONTROLLER)
                .build();
    }

    private static VerificationReport verify(ObjectNode credential) {
        return verifier().verify(Json.writePretty(credential).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSignedCredentialVerifies() {
        VerificationReport report = verify(Fixtures.object(DIR + "vc_0.signed.json"));

        assertThat(report.verified()).as(NegativeFixturesTest.describe(report)).isTrue();
        assertThat(check(report, CheckId.PROOF).message())
                .startsWith("Ed25519Signature2020 proof verified with " + ISSUER + "#key-0");
        assertThat(check(report, CheckId.CONTEXT)).isInstanceOf(CheckResult.Passed.class);
        assertThat(check(report, CheckId.VALID_FROM).message()).contains("2020-03-10T04:24:12.164Z (issuanceDate)");
    }

    @Test
    void aChangedCopyFailsItsProof() {
        ObjectNode changed = Fixtures.object(DIR + "vc_0.signed.json");
        ((ObjectNode) changed.get("credentialSubject").get("degree")).put("name", "Bachelor of Arts");

        VerificationReport report = verify(changed);

        assertThat(report.failures()).extracting(CheckResult::id).containsExactly(CheckId.PROOF);
        assertThat(check(report, CheckId.PROOF).message()).contains("signature does not match");
    }

    /**
     * The vector's presentation: its proof (purpose authentication, challenge 123) and its credential verify; its
     * holder, {@code did:ex:12345}, does not control the issuer's key that signed it, and the report says so.
     */
    @Test
    void thePresentationsProofAndCredentialVerifyButItsHolderIsNotTheSigner() {
        PresentationReport report =
                new PresentationVerifier(verifier()).verify(Fixtures.object(DIR + "vp_0.signed.json"), "123", null);

        assertThat(check(report.presentation(), CheckId.PROOF).message())
                .startsWith("Ed25519Signature2020 proof verified with " + ISSUER + "#key-0");
        assertThat(check(report.presentation(), CheckId.HOLDER).reasons())
                .containsExactly(Reason.HOLDER_NOT_CONTROLLER);
        assertThat(report.credentials()).singleElement().satisfies(credential -> assertThat(credential.verified())
                .isTrue());
    }

    private static CheckResult check(VerificationReport report, CheckId id) {
        return report.checks().stream()
                .filter(check -> check.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
