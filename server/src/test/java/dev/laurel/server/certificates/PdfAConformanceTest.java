package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.credentials.http.GuardedHttpFetcher;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's validator, accepts each built-in template's certificate as PDF/A-3b — as it is
 * served: an Arabic name, the credential attached, sealed — and a B-LT seal's document security store keeps it so;
 * it refuses a PDF that is not PDF/A.
 */
class PdfAConformanceTest {

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @EnumSource(CertificateTemplate.class)
    void everyTemplatesSealedCertificateIsPdfA3b(CertificateTemplate template) throws Exception {
        Instant now = Instant.now();
        byte[] pdf = Typesetter.pdf(
                TemplatePages.xhtml(CertificateDesign.DEFAULT.with(template), TemplatesRenderTest.facts("سارة")),
                List.of(new Attachment(
                        "credential.json",
                        "application/vc+ld+json",
                        "The verifiable credential, with its issuer's proof",
                        "{\"type\":[\"VerifiableCredential\"]}".getBytes(StandardCharsets.UTF_8))),
                now);
        byte[] sealed = PadesSeal.seal(pdf, TestSealKeys.selfSigned("Northwind Training Institute"), "Northwind", now);

        assertThat(failedRules(sealed)).isEmpty();
    }

    @Test
    void aLongTermSealKeepsItPdfA3b() throws Exception {
        Instant now = Instant.now();
        byte[] pdf = Typesetter.pdf(
                TemplatePages.xhtml(CertificateDesign.DEFAULT, TemplatesRenderTest.facts("王小明")),
                List.of(new Attachment(
                        "credential.json",
                        "application/vc+ld+json",
                        "The verifiable credential, with its issuer's proof",
                        "{\"type\":[\"VerifiableCredential\"]}".getBytes(StandardCharsets.UTF_8))),
                now);
        try (TestCertificateAuthority ca = new TestCertificateAuthority();
                TestTimestampAuthority tsa = new TestTimestampAuthority(Clock.systemUTC(), ca)) {
            TimestampAuthority authority = new TimestampAuthority(tsa.url());
            byte[] timestamped =
                    PadesSeal.seal(pdf, ca.seal("Northwind Training Institute", true), "Northwind", now, authority);
            byte[] longTerm = PadesSeal.extendToLongTerm(
                    timestamped,
                    authority,
                    GuardedHttpFetcher.builder().allowPrivateAddresses(true).build());

            assertThat(failedRules(longTerm)).isEmpty();
        }
    }

    @Test
    void aPlainPdfIsNot() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);

            assertThat(failedRules(out.toByteArray())).isNotEmpty();
        }
    }

    /** The PDF/A-3b rules {@code pdf} breaks, as "clause-test: message". */
    private static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.isCompliant()).isEqualTo(failures.isEmpty());
            return failures;
        }
    }
}
