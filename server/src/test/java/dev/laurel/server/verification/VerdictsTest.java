package dev.laurel.server.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The one sentence that leads a report, read from its checks' reason codes, worded by the message bundle. */
class VerdictsTest {

    private final Verdicts verdicts = new Verdicts(bundle());

    @Test
    void saysWhoIssuedWhatToWhomAndWhenWhenEveryCheckPassed() {
        VerificationReport report = new VerificationReport(
                List.of(CheckResult.passed(CheckId.PROOF, "holds")),
                Optional.<JsonNode>of(TestCredentials.namedRecipient()),
                "json");
        assertThat(verdicts.sentence(report, Locale.ENGLISH))
                .isEqualTo("Valid — Teamwork Badge, issued by Example Corp to Ada Lovelace on 1 January 2026.");
    }

    @Test
    void namesTheMostDecisiveFailureByItsReason() {
        assertThat(sentence(failed(CheckId.STATUS, Reason.STATUS_REVOKED)))
                .isEqualTo("Not valid — revoked by its issuer.");
        assertThat(sentence(failed(CheckId.VALID_UNTIL, Reason.VALID_UNTIL_EXPIRED)))
                .isEqualTo("Not valid — it has expired.");
        assertThat(sentence(failed(CheckId.STATUS, Reason.STATUS_REVOKED), failed(CheckId.PROOF, Reason.PROOF_INVALID)))
                .as("a changed credential is said to be changed before anything it claims")
                .startsWith("Not valid — the credential was changed after it was signed");
        assertThat(sentence(
                        failed(CheckId.SCHEMA, Reason.SCHEMA_INVALID), failed(CheckId.FORMAT, Reason.FORMAT_MALFORMED)))
                .isEqualTo("Not valid — what was given could not be read as a credential.");
    }

    @Test
    void fallsBackToTheCheckWhenItsReasonHasNoWordingOfItsOwn() {
        assertThat(sentence(failed(CheckId.STATUS, Reason.STATUS_UNREACHABLE)))
                .isEqualTo("Not valid — its issuer’s status list could not be checked.");
        assertThat(sentence(failed(CheckId.DOMAIN, Reason.DOMAIN_MISMATCH)))
                .isEqualTo("Not valid — the domain check failed; every check below says why.");
    }

    private String sentence(CheckResult... checks) {
        return verdicts.sentence(new VerificationReport(List.of(checks), Optional.empty(), "json"), Locale.ENGLISH);
    }

    private static CheckResult failed(CheckId check, Reason reason) {
        return CheckResult.failed(check, reason, "found wanting");
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages/verification");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
