package dev.laurel.server.certificates;

import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.MasterKey;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each organization's seal: a P-256 key and a self-signed certificate naming the organization, made the first time
 * the organization seals a certificate (by whichever node needs it first: {@code insert … on conflict do nothing},
 * then read back, so every node seals with the same one). The private key is AES-GCM encrypted under the master key,
 * bound to its organization; decrypted keys are kept in memory. Thread-safe.
 */
@Component
class SealKeys {

    /** A key that seals, with the certificate that names its holder. */
    record SealKey(PrivateKey privateKey, X509Certificate certificate) {}

    private static final int VALIDITY_YEARS = 10;

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, SealKey> decrypted = new ConcurrentHashMap<>();

    SealKeys(JdbcClient jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** The organization's seal, made now if it has none. */
    SealKey of(OrganizationId organization, String organizationName) {
        return decrypted.computeIfAbsent(organization.value(), id -> load(id).orElseGet(() -> {
            create(id, organizationName);
            return load(id).orElseThrow();
        }));
    }

    private java.util.Optional<SealKey> load(UUID organization) {
        return jdbc.sql("select certificate, encrypted_key from certificate_seals where organization_id = :org")
                .param("org", organization)
                .query((rs, row) -> decrypt(organization, rs.getBytes("certificate"), rs.getBytes("encrypted_key")))
                .optional();
    }

    private SealKey decrypt(UUID organization, byte[] certificate, byte[] encryptedKey) {
        byte[] pkcs8 = masterKey.decrypt(encryptedKey, context(organization));
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            X509Certificate x509 = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
            return new SealKey(key, x509);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored seal cannot be read", e);
        }
    }

    private void create(UUID organization, String organizationName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, organizationName)
                    .addRDN(BCStyle.O, organizationName)
                    .addRDN(BCStyle.OU, "Certificate seal (self-signed, Laurel)")
                    .build();
            Instant now = clock.instant();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            subject,
                            new BigInteger(128, random),
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(VALIDITY_YEARS * 366L, ChronoUnit.DAYS)),
                            subject,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            byte[] certificate = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()))
                    .getEncoded();
            jdbc.sql("""
                            insert into certificate_seals (organization_id, certificate, encrypted_key, created_at)
                            values (:org, :certificate, :key, :now)
                            on conflict (organization_id) do nothing
                            """)
                    .param("org", organization)
                    .param("certificate", certificate)
                    .param("key", masterKey.encrypt(pair.getPrivate().getEncoded(), context(organization)))
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("a seal could not be made", e);
        }
    }

    private static byte[] context(UUID organization) {
        return ("certificate-seal:" + organization).getBytes(StandardCharsets.UTF_8);
    }
}
