package dev.laurel.server.certificates;

import dev.laurel.credentials.http.HttpFetcher;
import eu.europa.esig.dss.alert.SilentOnStatusAlert;
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
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.client.http.Protocol;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
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
 * the seal); baseline LT by a further revision, DSS's document security store: the certificates of the seal's and the
 * authority's chains and their revocation data, fetched through the guarded fetcher. Thread-safe (a service per call).
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

    /**
     * {@code sealed}, a B-T seal, extended to B-LT: a revision adding the document security store with the certificates
     * of the seal's and the time-stamp authority's chains and, for every certificate not self-signed, its revocation
     * data (OCSP first, else the CRL), fetched by {@code fetcher} from the URLs the certificates name; the seal's own
     * time-stamp stays the one it has ({@code authority} is not asked again). A self-signed certificate is its own
     * trust anchor and needs none.
     *
     * @throws IllegalStateException when revocation data cannot be had (saying which fetch failed and why), or it says
     *     a certificate is revoked
     */
    static byte[] extendToLongTerm(byte[] sealed, TSPSource authority, HttpFetcher fetcher) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        List<GuardedDataLoader> loaders = List.of(
                GuardedDataLoader.ocsp(fetcher),
                GuardedDataLoader.crls(fetcher),
                GuardedDataLoader.certificates(fetcher));
        verifier.setOcspSource(new OnlineOCSPSource(loaders.get(0)));
        OnlineCRLSource crls = new OnlineCRLSource(loaders.get(1));
        crls.setPreferredProtocol(Protocol.HTTP);
        verifier.setCrlSource(crls);
        verifier.setAIASource(new DefaultAIASource(loaders.get(2)));
        verifier.setCheckRevocationForUntrustedChains(true);
        verifier.setAugmentationAlertOnSelfSignedCertificateChains(new SilentOnStatusAlert());
        PAdESService service = new PAdESService(verifier);
        service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
        service.setTspSource(authority);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LT);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        DSSDocument extended;
        try {
            extended = service.extendDocument(new InMemoryDocument(sealed, "certificate.pdf"), parameters);
        } catch (RuntimeException e) {
            List<String> failures = loaders.stream()
                    .flatMap(loader -> loader.failures().stream())
                    .toList();
            throw new IllegalStateException(
                    failures.isEmpty() ? e.getMessage() : String.join("; ", failures) + " — " + e.getMessage(), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(sealed.length + 16_384);
        try {
            extended.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
