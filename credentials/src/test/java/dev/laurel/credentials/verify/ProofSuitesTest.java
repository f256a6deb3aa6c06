package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spec vector of every proof suite, through the verifier as {@code laurel verify} runs it, keys resolved offline
 * from their did:key: the proof holds (the vectors' issuer, {@code https://vc.example/issuers/5678}, does not control
 * the did:key, so the issuer check fails as it does for the eddsa-rdfc-2022 vector), and fails once a claim changes.
 */
class ProofSuitesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json",
                "vc-di-eddsa/Ed25519Signature2020/signedEdSig.json",
                "vc-di-eddsa/eddsa-jcs-2022/signedJCS.json",
                "vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json",
                "vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json",
                "vc-di-ecdsa/ecdsa-jcs-2019-p256/signedJCSECDSAP256.json",
                "vc-di-ecdsa/ecdsa-jcs-2019-p384/signedJCSECDSAP384.json"
            })
    void verifiesTheProofOfEachSuitesVector(String vector) {
        VerificationReport report = NegativeFixturesTest.verifier().verify(Fixtures.bytes("spec/vectors/" + vector));

        assertThat(report.check(CheckId.PROOF))
                .get()
                .as(NegativeFixturesTest.describe(report))
                .isInstanceOf(CheckResult.Passed.class);
        assertThat(report.failures())
                .as(NegativeFixturesTest.describe(report))
                .extracting(CheckResult::id)
                .containsExactly(CheckId.ISSUER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vc-di-eddsa/Ed25519Signature2020/signedEdSig.json",
                "vc-di-eddsa/eddsa-jcs-2022/signedJCS.json",
                "vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json",
                "vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json",
                "vc-di-ecdsa/ecdsa-jcs-2019-p256/signedJCSECDSAP256.json",
                "vc-di-ecdsa/ecdsa-jcs-2019-p384/signedJCSECDSAP384.json"
            })
    void refusesEachSuitesVectorOnceOneByteOfAClaimChanges(String vector) {
        String text =
                Fixtures.text("spec/vectors/" + vector).replace("The School of Examples", "The School of Examplez");
        assertThat(text).contains("Examplez");

        VerificationReport report = NegativeFixturesTest.verifier().verify(text.getBytes(StandardCharsets.UTF_8));

        CheckResult proof = report.check(CheckId.PROOF).orElseThrow();
        assertThat(proof).as(NegativeFixturesTest.describe(report)).isInstanceOf(CheckResult.Failed.class);
        assertThat(proof.reason()).contains(Reason.PROOF_INVALID);
        assertThat(proof.message()).contains("signature does not match");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json",
                "vc-di-ecdsa/ecdsa-jcs-2019-p384/signedJCSECDSAP384.json"
            })
    void refusesAnEcdsaProofNamedAsAnEddsaOne(String vector) {
        ObjectNode signed = Fixtures.object("spec/vectors/" + vector);
        ((ObjectNode) signed.get("proof")).put("cryptosuite", "eddsa-rdfc-2022");

        VerificationReport report = NegativeFixturesTest.verifier().verify(Json.write(signed));

        CheckResult proof = report.check(CheckId.PROOF).orElseThrow();
        assertThat(proof.reason()).contains(Reason.PROOF_INVALID);
        assertThat(proof.message()).contains("is not an Ed25519 key");
    }
}
