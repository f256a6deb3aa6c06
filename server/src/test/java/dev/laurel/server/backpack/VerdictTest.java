package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
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
    void theLibrarysRevocationMessagesAreRevoked() {
        for (String message : List.of(
                "revoked by the issuer",
                "revoked by the issuer (cheating)",
                "revoked: https://issuer.example/assertions/1.json answered 410 Gone",
                "revoked: listed in https://issuer.example/revocations.json (no reason given)",
                "status could not be checked: timeout; revoked by the issuer")) {
            assertThat(Verdict.of(report(CheckResult.failed(CheckId.STATUS, message))))
                    .as(message)
                    .isEqualTo(new Verdict.Conclusive(Standing.REVOKED));
        }
    }

    @Test
    void suspendedByTheIssuerIsSuspendedUnlessAlsoRevoked() {
        assertThat(Verdict.of(report(CheckResult.failed(CheckId.STATUS, "suspended by the issuer (pending review)"))))
                .isEqualTo(new Verdict.Conclusive(Standing.SUSPENDED));
        assertThat(Verdict.of(
                        report(CheckResult.failed(CheckId.STATUS, "suspended by the issuer; revoked by the issuer"))))
                .isEqualTo(new Verdict.Conclusive(Standing.REVOKED));
    }

    @Test
    void aStatusThatCouldNotBeCheckedOrAnUnreachableSiteSettlesNothing() {
        assertThat(Verdict.of(report(CheckResult.failed(
                        CheckId.STATUS, "status could not be checked: https://issuer.example/list answered HTTP 503"))))
                .isEqualTo(new Verdict.Inconclusive(
                        "status: status could not be checked: https://issuer.example/list answered HTTP 503"));
        assertThat(Verdict.of(report(
                        CheckResult.failed(CheckId.FORMAT, "could not fetch the assertion: connection refused"))))
                .isInstanceOf(Verdict.Inconclusive.class);
        assertThat(Verdict.of(report(
                        CheckResult.failed(CheckId.PROOF, "the proof does not verify"),
                        CheckResult.passed(CheckId.STATUS, "not revoked"))))
                .isInstanceOf(Verdict.Inconclusive.class);
    }

    @Test
    void anExpiryAloneLeavesItActiveForTheDatesToShow() {
        assertThat(Verdict.of(report(
                        CheckResult.failed(CheckId.VALID_UNTIL, "expired on 2026-01-01"),
                        CheckResult.passed(CheckId.STATUS, "not revoked"))))
                .isEqualTo(new Verdict.Conclusive(Standing.ACTIVE));
    }

    private static VerificationReport report(CheckResult... checks) {
        return new VerificationReport(List.of(checks), Optional.empty(), "ob3 data-integrity");
    }
}
