package dev.laurel.server.certificates;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
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
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Seals a PDF with a PAdES signature (EU DSS): an incremental update whose CMS signature covers every byte before it,
 * made with the organization's seal key (EC or RSA, SHA-256), its certificate chain embedded. Baseline B; baseline T
 * when a time-stamp authority is given (its RFC 3161 token over the signature, inside the CMS, so no byte follows
 * the seal). Thread-safe (a service per call).
 */
final class PadesSeal {

    private PadesSeal() {}

    /** {@code pdf} sealed by {@code key} at {@code now}, in the name of {@code signer} (PAdES B-B). */
    static byte[] seal(byte[] pdf, SealKeys.SealKey key, String signer, Instant now) {
        return seal(pdf, key, signer, now, null);
    }

    /** {@code pdf} sealed by {@code key}: PAdES B-T with a token of {@code authority}, B-B when it is null. */
    static byte[] seal(byte[] pdf, SealKeys.SealKey key, String signer, Instant now, TSPSource authority) {
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
        if (authority != null) {
            service.setTspSource(authority);
        }
        List<CertificateToken> chain =
                key.chain().stream().map(CertificateToken::new).toList();
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(
                authority == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(chain.get(0));
        parameters.setCertificateChain(chain);
        parameters.setSignerName(signer);
        parameters.setReason("Issued this certificate and the credential it carries");
        parameters.setAppName("Laurel");
        parameters.bLevel().setSigningDate(Date.from(now));
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(
                EncryptionAlgorithm.forKey(key.certificate().getPublicKey()), DigestAlgorithm.SHA256);
        DSSDocument document = new InMemoryDocument(pdf, "certificate.pdf");
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        byte[] signature;
        try {
            Signature signing = Signature.getInstance(algorithm.getJCEId());
            signing.initSign(key.privateKey());
            signing.update(toBeSigned.getBytes());
            signature = signing.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " signing failed", e);
        }
        DSSDocument sealed = service.signDocument(document, parameters, new SignatureValue(algorithm, signature));
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
        try {
            sealed.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
