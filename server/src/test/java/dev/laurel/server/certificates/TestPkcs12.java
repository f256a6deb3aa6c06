package dev.laurel.server.certificates;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * PKCS#12 e-seal files for tests: an RSA seal certificate issued by a test CA ("Test Seal CA"), valid around {@code
 * now} unless said otherwise, with the key usage given, stored with its chain under a password.
 */
final class TestPkcs12 {

    /** The CA's name as a verifier prints it (RFC 2253: the last RDN first). */
    static final String CA = "CN=Test Seal CA,O=Laurel Tests";

    private TestPkcs12() {}

    /** A seal for {@code name}, valid from a day before {@code now} for a year, for non-repudiation. */
    static byte[] seal(String name, String password, Instant now) {
        return seal(
                name,
                password,
                now.minus(1, ChronoUnit.DAYS),
                now.plus(365, ChronoUnit.DAYS),
                KeyUsage.nonRepudiation,
                true);
    }

    static byte[] seal(String name, String password, Instant from, Instant until, int keyUsage, boolean withKey) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            KeyPair ca = rsa.generateKeyPair();
            KeyPair seal = rsa.generateKeyPair();
            X500Name caName = new X500Name("O=Laurel Tests,CN=Test Seal CA");
            X509Certificate caCertificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    caName,
                                    BigInteger.ONE,
                                    Date.from(from.minus(1, ChronoUnit.DAYS)),
                                    Date.from(until.plus(1, ChronoUnit.DAYS)),
                                    caName,
                                    ca.getPublic())
                            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                            .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign))
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
            X509Certificate sealCertificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    caName,
                                    BigInteger.TEN,
                                    Date.from(from),
                                    Date.from(until),
                                    new X500Name("O=" + name + ",CN=" + name),
                                    seal.getPublic())
                            .addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage))
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            if (withKey) {
                store.setKeyEntry("seal", seal.getPrivate(), password.toCharArray(), new Certificate[] {
                    sealCertificate, caCertificate
                });
            } else {
                store.setCertificateEntry("seal", sealCertificate);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
