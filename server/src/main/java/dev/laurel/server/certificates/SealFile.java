package dev.laurel.server.certificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilderProvider;

/**
 * An organization's own e-seal as uploaded: a PKCS#12 file and its password, read and checked — it opens with the
 * password, holds a private key (RSA or EC) with the certificate it belongs to, the certificate is valid now and its
 * key usage allows signing (digital signature or non-repudiation). The password is used once and wiped; never kept,
 * never logged. Thread-safe (stateless).
 */
final class SealFile {

    /** The largest file read: a seal certificate chain is a few KB. */
    static final int MAX_BYTES = 64 * 1024;

    /** What reading a file gave: a key that can seal, or why not. */
    sealed interface Reading {}

    record Accepted(SealKeys.SealKey key) implements Reading {}

    record Refused(SealError error, String detail) implements Reading {}

    private SealFile() {}

    static Reading read(byte[] file, char[] password, Instant now) {
        try {
            return open(file, password == null ? new char[0] : password, now);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private static Reading open(byte[] file, char[] password, Instant now) {
        if (file == null || file.length == 0 || file.length > MAX_BYTES) {
            return new Refused(SealError.FILE_MISSING, "choose a PKCS#12 file (.p12 or .pfx) of at most 64 KB");
        }
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(file);
        } catch (IOException | RuntimeException e) {
            return new Refused(SealError.UNREADABLE, "the file is not a PKCS#12 file (.p12 or .pfx)");
        }
        try {
            if (pfx.hasMac() && !pfx.isMacValid(new JcePKCS12MacCalculatorBuilderProvider(), password)) {
                return new Refused(SealError.WRONG_PASSWORD, "the password does not open this file");
            }
        } catch (PKCSException | RuntimeException e) {
            return new Refused(SealError.WRONG_PASSWORD, "the password does not open this file");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file), password);
        } catch (IOException e) {
            return new Refused(SealError.WRONG_PASSWORD, "the password does not open this file");
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Refused(SealError.UNREADABLE, "the PKCS#12 file cannot be read");
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    if (key instanceof PrivateKey privateKey) {
                        return checked(privateKey, store.getCertificateChain(alias), now);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            return new Refused(SealError.WRONG_PASSWORD, "the password does not open the private key in this file");
        }
        return new Refused(SealError.NO_KEY, "the file holds no private key: export the seal with its key");
    }

    private static Reading checked(PrivateKey key, Certificate[] certificates, Instant now) {
        if (certificates == null || certificates.length == 0 || !(certificates[0] instanceof X509Certificate)) {
            return new Refused(SealError.NO_KEY, "the private key in this file comes without its certificate");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates) {
            if (certificate instanceof X509Certificate x509) {
                chain.add(x509);
            }
        }
        X509Certificate signer = chain.get(0);
        String algorithm = key.getAlgorithm();
        if (!"RSA".equals(algorithm) && !"EC".equals(algorithm)) {
            return new Refused(SealError.UNSUITABLE_KEY, "the key is " + algorithm + ": an RSA or EC key seals");
        }
        if (!matches(key, signer)) {
            return new Refused(SealError.UNSUITABLE_KEY, "the private key does not belong to the certificate");
        }
        try {
            signer.checkValidity(java.util.Date.from(now));
        } catch (CertificateExpiredException e) {
            return new Refused(
                    SealError.EXPIRED,
                    "the certificate expired on " + signer.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            return new Refused(
                    SealError.NOT_YET_VALID,
                    "the certificate is valid from " + signer.getNotBefore().toInstant());
        }
        boolean[] usage = signer.getKeyUsage();
        if (usage != null && !(usage[0] || usage.length > 1 && usage[1])) {
            return new Refused(
                    SealError.KEY_USAGE,
                    "the certificate's key usage allows neither digital signature nor non-repudiation");
        }
        return new Accepted(new SealKeys.SealKey(key, List.copyOf(chain)));
    }

    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        byte[] probe = "laurel seal probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
            Signature signing = Signature.getInstance(algorithm);
            signing.initSign(key);
            signing.update(probe);
            byte[] signature = signing.sign();
            Signature verifying = Signature.getInstance(algorithm);
            verifying.initVerify(certificate.getPublicKey());
            verifying.update(probe);
            return verifying.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
