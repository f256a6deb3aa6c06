package dev.laurel.credentials.pdf;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.signature.SignatureCryptographicVerification;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PAdESSignature;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TimestampToken;
import java.math.BigInteger;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * The {@code seal} check of a certificate PDF: its PAdES signature (validated with EU DSS, offline) verifies, covers
 * the whole file — nothing was changed or added after sealing — and names its signer. A self-signed sealing
 * certificate is a warning ({@code seal.self-signed}), as is a PDF without a seal ({@code seal.missing}); a broken or
 * partial seal fails ({@code seal.broken}). A seal with an RFC 3161 time-stamp (PAdES B-T) names its time and
 * authority; a time-stamp that does not match the seal or whose signature does not verify breaks it. Trust lists are not consulted: a certificate issued by a CA passes, naming
 * both. Never throws. Thread-safe (stateless).
 */
public final class Seal {

    private Seal() {}

    /** Checks the seal of {@code pdf}, a PDF {@link CertificatePdf#read} could read. */
    public static CheckResult check(byte[] pdf) {
        List<AdvancedSignature> signatures;
        try {
            PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            validator.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
            validator.setCertificateVerifier(new CommonCertificateVerifier(true));
            signatures = validator.getSignatures();
        } catch (RuntimeException e) {
            return CheckResult.failed(CheckId.SEAL, Reason.SEAL_BROKEN, "the seal cannot be read: " + e.getMessage());
        } catch (StackOverflowError e) {
            return CheckResult.failed(
                    CheckId.SEAL, Reason.SEAL_BROKEN, "the seal cannot be read: the PDF is nested too deeply");
        }
        List<PAdESSignature> seals = signatures.stream()
                .filter(PAdESSignature.class::isInstance)
                .map(PAdESSignature.class::cast)
                .toList();
        if (seals.isEmpty()) {
            return CheckResult.warning(CheckId.SEAL, Reason.SEAL_MISSING, "the PDF is not sealed");
        }
        PAdESSignature last = seals.get(seals.size() - 1);
        for (PAdESSignature seal : seals) {
            CheckResult broken = broken(seal);
            if (broken != null) {
                return broken;
            }
        }
        if (!coversWholeFile(last, pdf.length)) {
            return CheckResult.failed(
                    CheckId.SEAL,
                    Reason.SEAL_BROKEN,
                    "the PDF was changed after it was sealed: bytes were added after the seal");
        }
        CertificateToken certificate = last.getSigningCertificateToken();
        if (certificate == null) {
            return CheckResult.failed(
                    CheckId.SEAL, Reason.SEAL_BROKEN, "the seal does not carry the certificate that made it");
        }
        List<TimestampToken> stamps = last.getSignatureTimestamps();
        for (TimestampToken stamp : stamps) {
            CheckResult broken = broken(stamp);
            if (broken != null) {
                return broken;
            }
        }
        String signer = name(certificate.getCertificate().getSubjectX500Principal()) + time(stamps);
        if (certificate.isSelfSigned()) {
            return CheckResult.warning(
                    CheckId.SEAL,
                    Reason.SEAL_SELF_SIGNED,
                    "unchanged since sealed by " + signer + ", with a self-signed certificate: no authority vouches"
                            + " for the name");
        }
        String authority = name(certificate.getCertificate().getIssuerX500Principal());
        return CheckResult.passed(
                CheckId.SEAL,
                "unchanged since sealed by " + signer + ", certificate issued by " + authority
                        + " (not checked against trusted lists)");
    }

    /** A time-stamp whose token does not match the seal, or whose signature does not verify, breaks it. */
    private static CheckResult broken(TimestampToken stamp) {
        if (!stamp.isMessageImprintDataFound() || !stamp.isMessageImprintDataIntact()) {
            return CheckResult.failed(
                    CheckId.SEAL, Reason.SEAL_BROKEN, "the seal's time-stamp was made for other data");
        }
        if (stamp.getCertificates().stream().noneMatch(stamp::isSignedBy)) {
            return CheckResult.failed(
                    CheckId.SEAL, Reason.SEAL_BROKEN, "the seal's time-stamp is not signed by the authority it names");
        }
        return null;
    }

    /** ", time-stamped at T by AUTHORITY" for the first (RFC 3161) time-stamp of the seal, or nothing. */
    private static String time(List<TimestampToken> stamps) {
        if (stamps.isEmpty()) {
            return "";
        }
        TimestampToken first = stamps.get(0);
        X500Principal authority = first.getIssuerX500Principal();
        return ", time-stamped at " + first.getGenerationTime().toInstant()
                + (authority == null ? "" : " by " + name(authority));
    }

    private static CheckResult broken(PAdESSignature seal) {
        try {
            seal.checkSignatureIntegrity();
        } catch (RuntimeException e) {
            return CheckResult.failed(
                    CheckId.SEAL, Reason.SEAL_BROKEN, "the seal cannot be checked: " + e.getMessage());
        }
        SignatureCryptographicVerification verification = seal.getSignatureCryptographicVerification();
        if (!verification.isReferenceDataFound() || !verification.isReferenceDataIntact()) {
            return CheckResult.failed(
                    CheckId.SEAL, Reason.SEAL_BROKEN, "the PDF was changed after it was sealed: its digest differs");
        }
        if (!verification.isSignatureIntact()) {
            return CheckResult.failed(CheckId.SEAL, Reason.SEAL_BROKEN, "the seal's signature does not verify");
        }
        return null;
    }

    private static boolean coversWholeFile(PAdESSignature seal, int length) {
        List<BigInteger> range = seal.getPdfRevision().getByteRange().toBigIntegerList();
        return range.size() == 4
                && range.get(0).signum() == 0
                && range.get(2).add(range.get(3)).equals(BigInteger.valueOf(length));
    }

    private static String name(X500Principal principal) {
        return principal.getName(X500Principal.RFC2253);
    }
}
