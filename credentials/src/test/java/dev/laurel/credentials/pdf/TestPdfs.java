package dev.laurel.credentials.pdf;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificate PDFs for tests: a page, an optional embedded file, optionally sealed (PAdES B-B, self-signed). */
final class TestPdfs {

    private TestPdfs() {}

    /** A one-page PDF embedding {@code files} (name to content), encrypted with {@code password} when not null. */
    static byte[] pdf(Map<String, String> files, String password) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (!files.isEmpty()) {
                Map<String, PDComplexFileSpecification> specs = new java.util.TreeMap<>();
                for (Map.Entry<String, String> file : files.entrySet()) {
                    PDEmbeddedFile embedded = new PDEmbeddedFile(
                            document, new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)));
                    PDComplexFileSpecification spec = new PDComplexFileSpecification();
                    spec.setFile(file.getKey());
                    spec.setFileUnicode(file.getKey());
                    spec.setEmbeddedFile(embedded);
                    specs.put(file.getKey(), spec);
                }
                PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(specs);
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            }
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** {@code pdf} sealed with a new self-signed certificate naming {@code name}. */
    static byte[] sealed(byte[] pdf, String name) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name + ",O=" + name);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        byte[] der = new JcaX509v3CertificateBuilder(
                        subject,
                        BigInteger.ONE,
                        Date.from(now.minusSeconds(86_400)),
                        Date.from(now.plusSeconds(86_400L * 3650)),
                        subject,
                        pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()))
                .getEncoded();
        X509Certificate certificate = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(new PdfBoxDefaultObjectFactory());
        CertificateToken token = new CertificateToken(certificate);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(token);
        parameters.setCertificateChain(List.of(token));
        parameters.bLevel().setSigningDate(Date.from(now));
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(pair.getPrivate());
        ecdsa.update(toBeSigned.getBytes());
        DSSDocument signed = service.signDocument(
                document, parameters, new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, ecdsa.sign()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signed.writeTo(out);
        return out.toByteArray();
    }
}
