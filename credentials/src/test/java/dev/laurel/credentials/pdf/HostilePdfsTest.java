package dev.laurel.credentials.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and foreign PDFs give a clear {@code format} failure, quickly and in bounded memory, never an exception: a
 * PDF nested deeper than any parser's stack, an embedded credential that inflates past its limit, an object stream
 * that inflates to hundreds of megabytes (a compression bomb, refused before parsing), a truncated certificate.
 */
@Timeout(60)
class HostilePdfsTest {

    private static final Verifier VERIFIER = Verifier.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC))
            .fetcher(HttpFetcher.offline())
            .build();

    @Test
    void aPdfNestedDeeperThanTheStackIsUnreadable() {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        byte[] pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names " + deep
                        + " >> >> >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                        + "trailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        VerificationReport report = VERIFIER.verify(pdf);

        assertThat(report.verified()).isFalse();
        assertThat(report.check(CheckId.FORMAT)).get().isInstanceOf(CheckResult.Failed.class);
    }

    @Test
    void anEmbeddedCredentialThatInflatesPastItsLimitIsRefused() throws Exception {
        byte[] pdf = pdfWithStream("<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>", bomb(50), true);

        PdfContents contents = CertificatePdf.read(pdf);

        assertThat(contents).isInstanceOfSatisfying(PdfContents.Unreadable.class, u -> assertThat(u.message())
                .contains("larger than 2 MB"));
    }

    @Test
    void anObjectStreamThatInflatesToHundredsOfMegabytesIsUnreadable() throws Exception {
        byte[] pdf =
                pdfWithStream("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>", bomb(400), false);

        assertThat(CertificatePdf.read(pdf))
                .isInstanceOfSatisfying(PdfContents.Unreadable.class, u -> assertThat(u.message())
                        .contains("compression bomb"));
        VerificationReport report = VERIFIER.verify(pdf);
        assertThat(report.verified()).isFalse();
        assertThat(report.check(CheckId.FORMAT)).get().isInstanceOf(CheckResult.Failed.class);
    }

    @Test
    void aTruncatedCertificateIsNotVerified() throws Exception {
        byte[] pdf = TestPdfs.sealed(TestPdfs.pdf(Map.of("credential.json", "{}"), null), "Example Academy");

        VerificationReport report = VERIFIER.verify(Arrays.copyOf(pdf, pdf.length / 2));

        assertThat(report.verified()).isFalse();
    }

    /** {@code megabytes} of zeros, deflated (about a thousandth of the size). */
    private static byte[] bomb(int megabytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(9))) {
            for (int i = 0; i < megabytes; i++) {
                deflate.write(zeros);
            }
        }
        return out.toByteArray();
    }

    /**
     * A one-page PDF whose object 4 is a stream with {@code dictionary} and {@code data}; as {@code credential.json}
     * when {@code embedded}, else referenced from the catalog as a page resource would be.
     */
    private static byte[] pdfWithStream(String dictionary, byte[] data, boolean embedded) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String names =
                embedded ? " /Names << /EmbeddedFiles << /Names [(credential.json) 3 0 R] >> >>" : " /Extra 5 0 R";
        out.writeBytes(("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R" + names + " >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                        + "3 0 obj\n<< /Type /Filespec /F (credential.json) /UF (credential.json) /EF << /F 4 0 R >> >>"
                        + "\nendobj\n4 0 obj\n" + String.format(dictionary, data.length) + "\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes(("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 6 >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
