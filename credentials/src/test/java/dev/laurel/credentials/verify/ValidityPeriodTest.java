package dev.laurel.credentials.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.credentials.proof.DataIntegrity;
import dev.laurel.credentials.proof.ProofOptions;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A validity period that ends before it starts is malformed whatever the time (VC Data Model 2.0 §4.9). */
class ValidityPeriodTest {

    private static final SigningKey ISSUER = FixtureKeys.issuer();

    @ParameterizedTest
    @ValueSource(strings = {"2000-01-01T00:00:00Z", "2020-01-01T12:00:00Z", "2999-01-01T00:00:00Z"})
    void failsAValidUntilEarlierThanValidFromAtAnyTime(String now) {
        ObjectNode credential = (ObjectNode) Json.parse("{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"],"
                + " \"type\": [\"VerifiableCredential\"], \"issuer\": \""
                + ISSUER.publicKey().didKey() + "\","
                + " \"validFrom\": \"2020-01-02T00:00:00Z\", \"validUntil\": \"2020-01-01T00:00:00Z\","
                + " \"credentialSubject\": {\"id\": \"did:example:x\"}}");
        ObjectNode signed = DataIntegrity.sign(
                credential,
                ISSUER,
                ProofOptions.assertion(
                        ISSUER.publicKey().didKeyVerificationMethod(), Instant.parse("2020-01-01T00:00:00Z")));
        Verifier verifier = Verifier.builder()
                .clock(Clock.fixed(Instant.parse(now), ZoneOffset.UTC))
                .build();

        VerificationReport report = verifier.verify(Json.write(signed));

        CheckResult validUntil = report.check(CheckId.VALID_UNTIL).orElseThrow();
        assertThat(validUntil).isInstanceOf(CheckResult.Failed.class);
        assertThat(validUntil.reason()).contains(Reason.VALID_UNTIL_BEFORE_VALID_FROM);
        assertThat(validUntil.message())
                .isEqualTo("validUntil 2020-01-01T00:00:00Z is earlier than validFrom 2020-01-02T00:00:00Z: the "
                        + "validity period ends before it starts, so the credential is malformed");
    }
}
