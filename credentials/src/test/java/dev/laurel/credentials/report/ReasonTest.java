package dev.laurel.credentials.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReasonTest {

    @Test
    void everyCodeIsUniqueAndNamedAfterTheCheckThatCarriesIt() {
        Set<String> checks = Arrays.stream(CheckId.values()).map(CheckId::id).collect(Collectors.toSet());
        List<String> codes = Arrays.stream(Reason.values()).map(Reason::code).toList();

        assertThat(codes).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Reason.values()).filter(reason -> reason != Reason.CHECK_INCOMPLETE))
                .allSatisfy(reason -> {
                    String code = reason.code();
                    assertThat(code).matches("[a-z-]+\\.[a-z0-9-]+");
                    assertThat(checks).contains(code.substring(0, code.indexOf('.')));
                });
    }

    @Test
    void aFailureWithSeveralReasonsPutsTheMostDecisiveFirst() {
        CheckResult status = CheckResult.failed(
                CheckId.STATUS,
                List.of(Reason.STATUS_UNREACHABLE, Reason.STATUS_REVOKED, Reason.STATUS_UNREACHABLE),
                "status could not be checked: timeout; revoked by the issuer");

        assertThat(status.reasons()).containsExactly(Reason.STATUS_REVOKED, Reason.STATUS_UNREACHABLE);
        assertThat(status.reason()).contains(Reason.STATUS_REVOKED);
    }

    @Test
    void onlyFailuresAndWarningsHaveReasons() {
        assertThat(CheckResult.passed(CheckId.STATUS, "not revoked").reason()).isEmpty();
        assertThat(CheckResult.skipped(CheckId.STATUS, "no credentialStatus").reasons())
                .isEmpty();
        assertThat(CheckResult.warning(CheckId.TYPE, Reason.TYPE_UNRECOGNIZED, "a plain VC")
                        .reason())
                .contains(Reason.TYPE_UNRECOGNIZED);
        assertThatThrownBy(() -> CheckResult.failed(CheckId.PROOF, List.of(), "no reason"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJsonFormCarriesTheReasonOfFailuresAndWarningsOnly() {
        VerificationReport report = new VerificationReport(
                List.of(
                        CheckResult.passed(CheckId.PROOF, "signed"),
                        CheckResult.failed(CheckId.STATUS, Reason.STATUS_REVOKED, "revoked by the issuer")),
                Optional.empty(),
                "ob3 data-integrity");

        var checks = report.toJson().get("checks");
        assertThat(checks.get(0).has("reason")).isFalse();
        assertThat(checks.get(1).get("reason").asText()).isEqualTo("status.revoked");
        assertThat(checks.get(1).properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("id", "status", "message", "reason");
    }
}
