package dev.laurel.credentials.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.Fixtures;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final Verifier VERIFIER = Verifier.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC))
            .fetcher(HttpFetcher.offline())
            .build();

    private static final String CREDENTIAL =
            Fixtures.text("spec/vectors/vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json");

    @Test
    void verifiesTheCredentialAPdfCarriesAndWarnsThatItsSealIsSelfSigned() throws Exception {
        byte[] pdf = TestPdfs.sealed(TestPdfs.pdf(Map.of("credential.json", CREDENTIAL), null), "Example Academy");

        VerificationReport report = VERIFIER.verify(pdf);

        assertThat(report.check(CheckId.FORMAT).orElseThrow().message())
                .contains("a certificate PDF carrying credential.json");
        assertThat(report.check(CheckId.PROOF)).get().isInstanceOf(CheckResult.Passed.class);
        assertThat(report.check(CheckId.SEAL)).get().isInstanceOfSatisfying(CheckResult.Warning.class, warning -> {
            assertThat(warning.reasons()).containsExactly(Reason.SEAL_SELF_SIGNED);
            assertThat(warning.message()).contains("CN=Example Academy");
        });
    }

    @Test
    void oneChangedByteBreaksTheSeal() throws Exception {
        byte[] pdf = TestPdfs.sealed(TestPdfs.pdf(Map.of("credential.json", CREDENTIAL), null), "Example Academy");
        int page = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
        byte[] changed = pdf.clone();
        changed[page + 1] = (byte) 'm';

        VerificationReport report = VERIFIER.verify(changed);

        assertThat(report.check(CheckId.SEAL))
                .get()
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.reasons())
                        .contains(Reason.SEAL_BROKEN));
        assertThat(report.verified()).isFalse();
    }

    @Test
    void bytesAddedAfterTheSealBreakIt() throws Exception {
        byte[] pdf = TestPdfs.sealed(TestPdfs.pdf(Map.of("credential.json", CREDENTIAL), null), "Example Academy");
        byte[] longer = Arrays.copyOf(pdf, pdf.length + 2);
        longer[pdf.length] = '\n';
        longer[pdf.length + 1] = '%';

        assertThat(Seal.check(longer)).isInstanceOf(CheckResult.Failed.class);
    }

    @Test
    void anUnsealedPdfWarnsAndOneWithoutCredentialSaysSo() throws Exception {
        VerificationReport unsealed = VERIFIER.verify(TestPdfs.pdf(Map.of("credential.json", CREDENTIAL), null));
        assertThat(unsealed.check(CheckId.SEAL).orElseThrow().reasons()).containsExactly(Reason.SEAL_MISSING);

        VerificationReport empty = VERIFIER.verify(TestPdfs.pdf(Map.of("notes.txt", "hello"), null));
        assertThat(empty.check(CheckId.FORMAT).orElseThrow().reasons())
                .containsExactly(Reason.FORMAT_NO_CREDENTIAL_IN_PDF);
        assertThat(empty.check(CheckId.FORMAT).orElseThrow().message()).startsWith("no credential inside this PDF");
    }

    @Test
    void prefersTheVcJwtOverItsPayload() throws Exception {
        byte[] pdf = TestPdfs.pdf(Map.of("credential.json", "{}", "credential.jwt", "eyJ.eyJ.sig"), null);

        assertThat(CertificatePdf.read(pdf)).isEqualTo(new PdfContents.Carried("credential.jwt", "eyJ.eyJ.sig"));
    }

    @Test
    void encryptedDamagedAndHugePdfsAreUnreadableWithAReason() throws Exception {
        assertThat(CertificatePdf.read(TestPdfs.pdf(Map.of("credential.json", CREDENTIAL), "secret")))
                .isInstanceOfSatisfying(PdfContents.Unreadable.class, u -> assertThat(u.message())
                        .contains("encrypted"));
        assertThat(CertificatePdf.read("%PDF-1.7\ngarbage".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(PdfContents.Unreadable.class, u -> assertThat(u.message())
                        .startsWith("not a readable PDF"));
        byte[] huge = new byte[CertificatePdf.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThat(CertificatePdf.read(huge))
                .isInstanceOfSatisfying(PdfContents.Unreadable.class, u -> assertThat(u.message())
                        .contains("MB"));
        assertThat(VERIFIER.verify(huge).verified()).isFalse();
    }
}
