package dev.laurel.credentials.pdf;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.signature.SignatureCryptographicVerification;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PAdESSignature;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.PdfModificationDetection;
import eu.europa.esig.dss.pdf.modifications.PdfObjectModifications;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TimestampToken;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * The {@code seal} check of a certificate PDF: its PAdES signature (validated with EU DSS, offline) verifies, covers
 * the whole file — nothing was changed or added after sealing — and names its signer. A self-signed sealing
 * certificate is a warning ({@code seal.self-signed}), as is a PDF without a seal ({@code seal.missing}); a broken or
 * partial seal fails ({@code seal.broken}). A seal with an RFC 3161 time-stamp (PAdES B-T) names its time and
 * authority; a time-stamp that does not match the seal or whose signature does not verify breaks it. A B-LT seal is
 * followed by a revision that adds the document security store (the chains' certificates and revocation data): that
 * revision is accepted when DSS finds it changes nothing but that store, and the file ends with it; any other change
 * after the seal breaks it. The message names the level DSS finds (PAdES B-B, B-T, B-LT). Trust lists are not
 * consulted: a certificate issued by a CA passes, naming both. Never throws. Thread-safe (stateless).
 */
public final class Seal {

    private Seal() {}

    /** Checks the seal of {@code pdf}, a PDF {@link CertificatePdf#read} could read. */
    public static CheckResult check(byte[] pdf) {
        List<AdvancedSignature> signatures;
        PDFDocumentValidator validator;
        try {
            validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
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
            String changed = changedAfter(pdf, validator, signatures, last);
            if (changed != null) {
                return CheckResult.failed(
                        CheckId.SEAL, Reason.SEAL_BROKEN, "the PDF was changed after it was sealed: " + changed);
            }
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
        String signer = name(certificate.getCertificate().getSubjectX500Principal()) + level(last) + time(stamps);
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

    /**
     * Why the bytes after the seal are not only DSS's validation data (a B-LT seal's document security store), or null
     * when they are: the PDF has that store, ends with a revision's {@code %%EOF}, and DSS's comparison of the sealed
     * revision with the whole file finds no change to pages, annotations, fields or any other object.
     */
    private static String changedAfter(
            byte[] pdf, PDFDocumentValidator validator, List<AdvancedSignature> signatures, PAdESSignature last) {
        String added = "bytes were added after the seal";
        try {
            if (validator.getDssDictionaries().isEmpty() || !endsWithRevision(pdf)) {
                return added;
            }
            new PdfBoxDefaultObjectFactory()
                    .newPAdESSignatureService()
                    .analyzePdfModifications(new InMemoryDocument(pdf), signatures, null);
        } catch (RuntimeException e) {
            return added + " that cannot be read (" + e.getMessage() + ")";
        } catch (StackOverflowError e) {
            return added + " that are nested too deeply";
        }
        PdfModificationDetection detection = last.getPdfRevision().getModificationDetection();
        if (detection == null || detection.getObjectModifications() == null) {
            return added + " that cannot be compared with the sealed document";
        }
        PdfObjectModifications objects = detection.getObjectModifications();
        if (any(detection.getPageDifferences())
                || any(detection.getVisualDifferences())
                || any(detection.getAnnotationOverlaps())
                || any(objects.getUndefinedChanges())
                || any(objects.getAnnotCreationChanges())
                || any(objects.getFormFillInAndSignatureCreationChanges())) {
            return "a later revision changes the document, not only adding validation data";
        }
        return null;
    }

    private static boolean any(Collection<?> changes) {
        return changes != null && !changes.isEmpty();
    }

    /** Whether nothing but an end of line follows the last {@code %%EOF}. */
    private static boolean endsWithRevision(byte[] pdf) {
        int end = pdf.length;
        while (end > 0 && (pdf[end - 1] == '\n' || pdf[end - 1] == '\r')) {
            end--;
        }
        byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        if (end < eof.length) {
            return false;
        }
        for (int i = 0; i < eof.length; i++) {
            if (pdf[end - eof.length + i] != eof[i]) {
                return false;
            }
        }
        return true;
    }

    /** " (PAdES B-LT)": the level DSS finds in the seal, or nothing when it is none of the PAdES baselines. */
    private static String level(PAdESSignature seal) {
        SignatureLevel level;
        try {
            level = seal.getDataFoundUpToLevel();
        } catch (RuntimeException e) {
            return "";
        }
        return switch (level) {
            case PAdES_BASELINE_B -> " (PAdES B-B)";
            case PAdES_BASELINE_T -> " (PAdES B-T)";
            case PAdES_BASELINE_LT -> " (PAdES B-LT)";
            case PAdES_BASELINE_LTA -> " (PAdES B-LTA)";
            case null, default -> "";
        };
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
