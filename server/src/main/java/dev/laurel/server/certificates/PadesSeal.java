package dev.laurel.server.certificates;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Seals a PDF with a PAdES baseline B signature (EU DSS): an incremental update whose CMS signature covers every byte
 * before it, made with the organization's seal key. Thread-safe (a service per call).
 */
final class PadesSeal {

    private PadesSeal() {}

    /** {@code pdf} sealed by {@code key} at {@code now}, in the name of {@code signer}. */
    static byte[] seal(byte[] pdf, SealKeys.SealKey key, String signer, Instant now) {
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
        CertificateToken certificate = new CertificateToken(key.certificate());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(certificate);
        parameters.setCertificateChain(List.of(certificate));
        parameters.setSignerName(signer);
        parameters.setReason("Issued this certificate and the credential it carries");
        parameters.setAppName("Laurel");
        parameters.bLevel().setSigningDate(Date.from(now));
        DSSDocument document = new InMemoryDocument(pdf, "certificate.pdf");
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        byte[] signature;
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(key.privateKey());
            ecdsa.update(toBeSigned.getBytes());
            signature = ecdsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA signing failed", e);
        }
        DSSDocument sealed = service.signDocument(
                document, parameters, new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, signature));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
        try {
            sealed.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
