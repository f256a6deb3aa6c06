package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.pdf.Seal;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With a time-stamp authority the seal is PAdES B-T: a real RFC 3161 authority, over HTTP on a local port, stamps the
 * signature, and the {@code seal} check names the time it vouches for. The authority is asked once per seal.
 */
class TimestampedSealTest {

    private static final Instant STAMPED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aSealWithATimestampAuthorityCarriesItsTimeAndTheCheckNamesIt() throws Exception {
        try (TestTimestampAuthority authority = new TestTimestampAuthority(Clock.fixed(STAMPED, ZoneOffset.UTC))) {
            byte[] pdf = PadesSeal.seal(
                    certificate(),
                    TestSealKeys.selfSigned("Timestamp College"),
                    "Timestamp College",
                    STAMPED,
                    new TimestampAuthority(authority.url()));

            assertThat(authority.answered()).isEqualTo(1);
            assertThat(Seal.check(pdf)).isInstanceOfSatisfying(CheckResult.Warning.class, warning -> {
                assertThat(warning.reasons()).containsExactly(Reason.SEAL_SELF_SIGNED);
                assertThat(warning.message())
                        .contains("CN=Timestamp College")
                        .contains("time-stamped at " + STAMPED + " by " + TestTimestampAuthority.NAME);
            });
        }
    }

    @Test
    void aTimestampedSealStillBreaksWhenOneByteChanges() throws Exception {
        try (TestTimestampAuthority authority = new TestTimestampAuthority(Clock.fixed(STAMPED, ZoneOffset.UTC))) {
            byte[] pdf = PadesSeal.seal(
                    certificate(),
                    TestSealKeys.selfSigned("Timestamp College"),
                    "Timestamp College",
                    STAMPED,
                    new TimestampAuthority(authority.url()));
            int page = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
            pdf[page + 1] = (byte) 'm';

            assertThat(Seal.check(pdf))
                    .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.reasons())
                            .contains(Reason.SEAL_BROKEN));
        }
    }

    @Test
    void withoutATimestampTheCheckSaysNoTime() {
        byte[] pdf = PadesSeal.seal(certificate(), TestSealKeys.selfSigned("Plain College"), "Plain College", STAMPED);

        assertThat(Seal.check(pdf).message()).doesNotContain("time-stamped");
    }

    @Test
    void anAuthorityThatCannotBeReachedFailsTheSealNotSilently() {
        TimestampAuthority nowhere = new TimestampAuthority(URI.create("http://127.0.0.1:9/tsa"));

        assertThatThrownBy(() -> PadesSeal.seal(
                        certificate(), TestSealKeys.selfSigned("Lost College"), "Lost College", STAMPED, nowhere))
                .hasMessageContaining("time-stamp");
    }

    @Test
    void anAuthorityIsAnHttpUrl() {
        assertThatThrownBy(() -> new TimestampAuthority(URI.create("file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("laurel.certificates.tsa-url");
    }

    private static byte[] certificate() {
        return Typesetter.pdf(
                TemplatePages.xhtml(CertificateDesign.DEFAULT, TemplatesRenderTest.facts("Ada Lovelace")),
                List.of(new Attachment("credential.json", "application/json", "the credential", "{}".getBytes())),
                STAMPED);
    }
}
