package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.credentials.http.GuardedHttpFetcher;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.pdf.Seal;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import dev.laurel.server.organizations.Organization;
import dev.laurel.server.organizations.OrganizationId;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.validation.PAdESSignature;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a time-stamp authority the seal is PAdES B-LT: after the authority's time-stamp, a revision adds the document
 * security store — the chains' certificates and the revocation data a test CA serves over HTTP on a local port (OCSP,
 * or its CRL), fetched through the guarded fetcher. DSS's own validator names the level; the {@code seal} check
 * accepts the store's revision and still breaks on one changed byte. Without revocation data the seal stays B-T.
 */
class LongTermSealTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** The test's servers are on 127.0.0.1: allowed here, as the operator's trusted hosts allow them. */
    private static final HttpFetcher LOCAL =
            GuardedHttpFetcher.builder().allowPrivateAddresses(true).build();

    private TestTimestampAuthority tsa;
    private TestCertificateAuthority ca;

    @BeforeEach
    void start() throws Exception {
        ca = new TestCertificateAuthority();
        tsa = new TestTimestampAuthority(Clock.fixed(NOW, ZoneOffset.UTC), ca);
    }

    @AfterEach
    void stop() {
        tsa.close();
        ca.close();
    }

    @Test
    void aSealIssuedByACaCarriesItsOcspAnswerAndDssSaysBaselineLt() throws Exception {
        byte[] pdf = longTerm(ca.seal("Revocation College", true));

        assertThat(ca.ocspAnswers()).isPositive();
        assertThat(tsa.answered()).isEqualTo(1);
        assertThat(level(pdf)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        PAdESSignature seal = seal(pdf);
        assertThat(seal.getDssDictionary()).isNotNull();
        assertThat(seal.getDssDictionary().getOCSPs()).isNotEmpty();
        assertThat(Seal.check(pdf))
                .isInstanceOfSatisfying(CheckResult.Passed.class, passed -> assertThat(passed.message())
                        .contains("CN=Revocation College")
                        .contains("PAdES B-LT")
                        .contains("certificate issued by " + TestCertificateAuthority.NAME));
    }

    @Test
    void withoutAnOcspResponderTheCrlIsAdded() throws Exception {
        byte[] pdf = longTerm(ca.seal("List College", false));

        assertThat(ca.crlAnswers()).isPositive();
        assertThat(ca.ocspAnswers()).as("the authority's certificate only").isEqualTo(1);
        assertThat(level(pdf)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(seal(pdf).getDssDictionary().getCRLs()).isNotEmpty();
    }

    @Test
    void aSelfSignedSealNeedsNoRevocationDataOnlyTheAuthoritysChainDoes() {
        byte[] pdf = longTerm(TestSealKeys.selfSigned("Anchor College"));

        assertThat(level(pdf)).isEqualTo(SignatureLevel.PAdES_BASELINE_LT);
        assertThat(seal(pdf).getDssDictionary().getCERTs()).isNotEmpty();
        assertThat(ca.ocspAnswers()).isPositive();
        assertThat(Seal.check(pdf)).isInstanceOfSatisfying(CheckResult.Warning.class, warning -> {
            assertThat(warning.reasons()).containsExactly(Reason.SEAL_SELF_SIGNED);
            assertThat(warning.message())
                    .contains("PAdES B-LT")
                    .contains("time-stamped at " + NOW + " by " + TestTimestampAuthority.NAME);
        });
    }

    @Test
    void withEveryCertificateSelfSignedTheStoreHoldsCertificatesAndDssCallsItBt() throws Exception {
        try (TestTimestampAuthority selfSigned = new TestTimestampAuthority(Clock.fixed(NOW, ZoneOffset.UTC))) {
            byte[] timestamped = PadesSeal.seal(
                    certificate(),
                    TestSealKeys.selfSigned("Development College"),
                    "Development College",
                    NOW,
                    new TimestampAuthority(selfSigned.url()));
            byte[] pdf = PadesSeal.extendToLongTerm(timestamped, new TimestampAuthority(selfSigned.url()), LOCAL);

            assertThat(seal(pdf).getDssDictionary().getCERTs()).hasSize(2);
            assertThat(level(pdf)).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
            assertThat(Seal.check(pdf))
                    .isInstanceOfSatisfying(CheckResult.Warning.class, warning -> assertThat(warning.reasons())
                            .containsExactly(Reason.SEAL_SELF_SIGNED));
            assertThat(selfSigned.answered()).isEqualTo(1);
        }
    }

    @Test
    void oneChangedByteInTheSealedPartBreaksALongTermSeal() throws Exception {
        byte[] pdf = longTerm(ca.seal("Edited College", true));
        int page = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
        pdf[page + 1] = (byte) 'm';

        assertThat(Seal.check(pdf))
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.reasons())
                        .contains(Reason.SEAL_BROKEN));
    }

    @Test
    void aLaterRevisionThatChangesAPageBreaksIt() throws Exception {
        byte[] pdf = longTerm(ca.seal("Revised College", true));
        java.io.ByteArrayOutputStream revised = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDPage page = document.getPage(0);
            page.setRotation(90);
            page.getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(revised);
        }

        assertThat(Seal.check(revised.toByteArray()))
                .isInstanceOfSatisfying(CheckResult.Failed.class, failed -> assertThat(failed.message())
                        .contains("changed after it was sealed"));
    }

    @Test
    void bytesAddedAfterTheSecurityStoreBreakIt() throws Exception {
        byte[] pdf = longTerm(ca.seal("Appended College", true));
        byte[] longer = java.util.Arrays.copyOf(pdf, pdf.length + 5);
        System.arraycopy("%junk".getBytes(StandardCharsets.US_ASCII), 0, longer, pdf.length, 5);

        assertThat(Seal.check(longer)).isInstanceOf(CheckResult.Failed.class);
    }

    @Test
    void revocationUrlsOnPrivateAddressesAreRefusedByTheGuard() throws Exception {
        byte[] timestamped = PadesSeal.seal(
                certificate(),
                ca.seal("Guarded College", true),
                "Guarded College",
                NOW,
                new TimestampAuthority(tsa.url()));

        assertThatThrownBy(() -> PadesSeal.extendToLongTerm(
                timestamped, new TimestampAuthority(tsa.url()), GuardedHttpFetcher.standard()));
        assertThat(ca.ocspAnswers() + ca.crlAnswers()).isZero();
    }

    @Test
    void whenTheResponderIsDownTheSealStaysBtAndIsStillMade() throws Exception {
        ca.down();
        Seals seals = new Seals(null, new TimestampAuthority(tsa.url()), LOCAL);

        SealedPdf sealed = seals.seal(
                certificate(),
                ca.seal("Offline College", true),
                new Organization(
                        new OrganizationId(UUID.randomUUID()), "Offline College", null, null, null, null, NOW, null),
                NOW);

        assertThat(seals.level()).isEqualTo(SealLevel.B_LT);
        assertThat(sealed.level()).isEqualTo(SealLevel.B_T);
        assertThat(level(sealed.bytes())).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        assertThat(Seal.check(sealed.bytes()).message()).contains("PAdES B-T");
    }

    private byte[] longTerm(SealKeys.SealKey key) {
        byte[] timestamped = PadesSeal.seal(certificate(), key, "College", NOW, new TimestampAuthority(tsa.url()));
        return PadesSeal.extendToLongTerm(timestamped, new TimestampAuthority(tsa.url()), LOCAL);
    }

    /** The level DSS's own validation reports for the PDF's one signature (offline: from what the PDF holds). */
    private static SignatureLevel level(byte[] pdf) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
        validator.setCertificateVerifier(new CommonCertificateVerifier(true));
        SimpleReport report = validator.validateDocument().getSimpleReport();
        return report.getSignatureFormat(report.getFirstSignatureId());
    }

    private static PAdESSignature seal(byte[] pdf) {
        PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
        validator.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
        validator.setCertificateVerifier(new CommonCertificateVerifier(true));
        return (PAdESSignature) validator.getSignatures().get(0);
    }

    private static byte[] certificate() {
        return Typesetter.pdf(
                TemplatePages.xhtml(CertificateDesign.DEFAULT, TemplatesRenderTest.facts("Ada Lovelace")),
                List.of(new Attachment("credential.json", "application/json", "the credential", "{}".getBytes())),
                NOW);
    }
}
