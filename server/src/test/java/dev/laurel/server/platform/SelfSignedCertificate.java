package dev.laurel.server.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** A P-256 certificate for {@code localhost}, signed by its own key, with both written as PEM files. */
record SelfSignedCertificate(X509Certificate certificate, Path certificateFile, Path keyFile) {

    static SelfSignedCertificate localhost(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            AlgorithmIdentifier ecdsaSha256 = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
            X500Name name = new X500Name("CN=localhost");
            V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
            tbs.setSerialNumber(new ASN1Integer(BigInteger.valueOf(Instant.now().toEpochMilli())));
            tbs.setIssuer(name);
            tbs.setSubject(name);
            tbs.setStartDate(new Time(Date.from(Instant.now().minus(Duration.ofMinutes(5)))));
            tbs.setEndDate(new Time(Date.from(Instant.now().plus(Duration.ofDays(1)))));
            tbs.setSubjectPublicKeyInfo(
                    SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()));
            tbs.setSignature(ecdsaSha256);
            tbs.setExtensions(new Extensions(new Extension(
                    Extension.subjectAlternativeName,
                    false,
                    new DEROctetString(new GeneralNames(new GeneralName(GeneralName.dNSName, "localhost"))))));
            TBSCertificate unsigned = tbs.generateTBSCertificate();
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(unsigned.getEncoded(ASN1Encoding.DER));
            ASN1EncodableVector certificate = new ASN1EncodableVector();
            certificate.add(unsigned);
            certificate.add(ecdsaSha256);
            certificate.add(new DERBitString(signer.sign()));
            byte[] der = new DERSequence(certificate).getEncoded(ASN1Encoding.DER);
            X509Certificate parsed = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(der));
            Path certificateFile = directory.resolve("cert.pem");
            Path keyFile = directory.resolve("key.pem");
            Files.writeString(certificateFile, pem("CERTIFICATE", der));
            Files.writeString(keyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            return new SelfSignedCertificate(parsed, certificateFile, keyFile);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
