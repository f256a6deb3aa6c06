package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void aVerifiedReportIsActive() {
        assertThat(Verdict.of(report(CheckResult.passed(CheckId.STATUS, "not revoked or suspended"))))
                .isEqualTo(new Verdict.Conclusive(Standing.ACTIVE));
    }

    @Test
    void theRevokedReasonIsRevokedWhateverTheMessage() {
        for (String message : List.of(
                "revoked by the issuer",
                "revoked by the issuer (cheating)",
                "revoked: https://issuer.example/assertions/1.json answered 410 Gone",
                "revoked: listed in https://issuer.example/revocations.json (no reason given)",
                "widerrufen vom Aussteller")) {
            assertThat(Verdict.of(report(CheckResult.failed(CheckId.STATUS, Reason.STATUS_REVOKED, message))))
                    .as(message)
                    .isEqualTo(new Verdict.Conclusive(Standing.REVOKED));
        }
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.STATUS,
                        List.of(Reason.STATUS_UNREACHABLE, Reason.STATUS_REVOKED),
                        "status could not be checked: timeout; revoked by the issuer"))))
                .isEqualTo(new Verdict.Conclusive(Standing.REVOKED));
    }

    @Test
    void suspendedIsSuspendedUnlessAlsoRevoked() {
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.STATUS, Reason.STATUS_SUSPENDED, "suspended by the issuer (pending review)"))))
                .isEqualTo(new Verdict.Conclusive(Standing.SUSPENDED));
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.STATUS,
                        List.of(Reason.STATUS_SUSPENDED, Reason.STATUS_REVOKED),
                        "suspended by the issuer; revoked by the issuer"))))
                .isEqualTo(new Verdict.Conclusive(Standing.REVOKED));
    }

    @Test
    void aStatusThatCouldNotBeCheckedOrAnUnreachableSiteSettlesNothing() {
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.STATUS,
                        Reason.STATUS_UNREACHABLE,
                        "status could not be checked: https://issuer.example/list answered HTTP 503"))))
                .isEqualTo(new Verdict.Inconclusive(
                        "status: status could not be checked: https://issuer.example/list answered HTTP 503"));
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.FORMAT,
                        Reason.FORMAT_UNREACHABLE,
                        "could not fetch the assertion: connection refused"))))
                .isInstanceOf(Verdict.Inconclusive.class);
        assertThat(Verdict.of(report(
                        CheckResult.failed(CheckId.PROOF, Reason.PROOF_INVALID, "the proof does not verify"),
                        CheckResult.passed(CheckId.STATUS, "not revoked"))))
                .isInstanceOf(Verdict.Inconclusive.class);
    }

    @Test
    void aMessageThatSaysRevokedDecidesNothingWithoutTheCode() {
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.STATUS,
                        Reason.STATUS_UNREACHABLE,
                        "revoked by the issuer? https://issuer.example/revoked answered HTTP 503"))))
                .isInstanceOf(Verdict.Inconclusive.class);
        assertThat(Verdict.of(report(
                        CheckResult.failed(
                                CheckId.PROOF,
                                Reason.PROOF_REVOKED,
                                "the assertion hosted at https://issuer.example/a is marked revoked"),
                        CheckResult.passed(CheckId.STATUS, "not revoked"))))
                .isInstanceOf(Verdict.Inconclusive.class);
    }

    @Test
    void anExpiryAloneLeavesItActiveForTheDatesToShow() {
        assertThat(Verdict.of(report(
                        CheckResult.failed(CheckId.VALID_UNTIL, Reason.VALID_UNTIL_EXPIRED, "expired on 2026-01-01"),
                        CheckResult.passed(CheckId.STATUS, "not revoked"))))
                .isEqualTo(new Verdict.Conclusive(Standing.ACTIVE));
    }

    private static VerificationReport report(CheckResult... checks) {
        return new VerificationReport(List.of(checks), Optional.empty(), "ob3 data-integrity");
    }
}
