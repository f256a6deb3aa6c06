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
import java.security.MessageDigest;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.x500.X500Principal;
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
 * Each organization's seal: its own e-seal when an owner or admin uploaded one (PKCS#12, {@link SealFile}), else a
 * P-256 key and a self-signed certificate naming the organization, made the first time the organization seals a
 * certificate (by whichever node needs it first: {@code insert … on conflict do nothing}, then read back, so every
 * node seals with the same one). Private keys are AES-GCM encrypted under the master key, bound to their
 * organization. Decrypted keys are kept in memory, one per organization, checked against the stored fingerprint on
 * each use so that an upload or a removal on another node is seen at once. Thread-safe.
 */
@Component
class SealKeys {

    /** A key that seals, with its certificate chain: the certificate naming its holder first. */
    record SealKey(PrivateKey privateKey, List<X509Certificate> chain) {

        X509Certificate certificate() {
            return chain.get(0);
        }

        /** The SHA-256 of the sealing certificate, hex. */
        String fingerprint() {
            return SealKeys.fingerprint(certificate());
        }

        boolean selfSigned() {
            return certificate().getSubjectX500Principal().equals(certificate().getIssuerX500Principal());
        }
    }

    /** What is shown of an uploaded e-seal. */
    record Uploaded(String subject, String issuer, Instant notAfter, Instant uploadedAt, String fingerprint) {}

    private static final String SELF_SIGNED = "self-signed";

    private static final int VALIDITY_YEARS = 10;

    private final JdbcClient jdbc;
    private final MasterKey masterKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<UUID, Cached> decrypted = new ConcurrentHashMap<>();

    SealKeys(JdbcClient jdbc, MasterKey masterKey, Clock clock) {
        this.jdbc = jdbc;
        this.masterKey = masterKey;
        this.clock = clock;
    }

    /** The organization's seal: its uploaded e-seal, else its self-signed one, made now if it has none. */
    SealKey of(OrganizationId organization, String organizationName) {
        UUID id = organization.value();
        String current = jdbc.sql("select fingerprint from certificate_seal_uploads where organization_id = :org")
                .param("org", id)
                .query(String.class)
                .optional()
                .orElse(SELF_SIGNED);
        Cached cached = decrypted.get(id);
        if (cached != null && cached.source().equals(current)) {
            return cached.key();
        }
        SealKey key = current.equals(SELF_SIGNED)
                ? loadSelfSigned(id).orElseGet(() -> {
                    create(id, organizationName);
                    return loadSelfSigned(id).orElseThrow();
                })
                : loadUploaded(id).orElseGet(() -> of(organization, organizationName));
        decrypted.put(id, new Cached(current.equals(SELF_SIGNED) ? SELF_SIGNED : key.fingerprint(), key));
        return key;
    }

    /** The organization's uploaded e-seal, if it has one. */
    Optional<Uploaded> uploaded(OrganizationId organization) {
        return jdbc.sql("""
                        select subject, issuer, not_after, uploaded_at, fingerprint
                        from certificate_seal_uploads where organization_id = :org
                        """)
                .param("org", organization.value())
                .query((rs, row) -> new Uploaded(
                        rs.getString("subject"),
                        rs.getString("issuer"),
                        rs.getTimestamp("not_after").toInstant(),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("fingerprint")))
                .optional();
    }

    /** What a page or the API shows of the organization's current seal. */
    record Summary(
            boolean uploaded, String subject, String issuer, Instant notBefore, Instant notAfter, String fingerprint) {}

    Summary summary(OrganizationId organization, String organizationName) {
        SealKey key = of(organization, organizationName);
        X509Certificate certificate = key.certificate();
        return new Summary(
                uploaded(organization).isPresent(),
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                key.fingerprint());
    }

    /**
     * Reads {@code file} (PKCS#12) with {@code password}, which is wiped after, and when it is fit to seal, seals the
     * organization's certificates with it from now on, in place of any it had.
     */
    SealFile.Reading upload(OrganizationId organization, byte[] file, char[] password) {
        SealFile.Reading reading = SealFile.read(file, password, clock.instant());
        if (reading instanceof SealFile.Accepted accepted) {
            upload(organization, accepted.key());
        }
        return reading;
    }

    /** Seals the organization's certificates with {@code key} from now on, in place of any it had. */
    void upload(OrganizationId organization, SealKey key) {
        UUID id = organization.value();
        byte[] chain;
        try {
            chain = CertificateFactory.getInstance("X.509")
                    .generateCertPath(key.chain())
                    .getEncoded("PkiPath");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate chain cannot be encoded", e);
        }
        jdbc.sql("""
                        insert into certificate_seal_uploads
                            (organization_id, chain, encrypted_key, fingerprint, subject, issuer, not_after, uploaded_at)
                        values (:org, :chain, :key, :fingerprint, :subject, :issuer, :notAfter, :now)
                        on conflict (organization_id) do update set chain = excluded.chain,
                            encrypted_key = excluded.encrypted_key, fingerprint = excluded.fingerprint,
                            subject = excluded.subject, issuer = excluded.issuer, not_after = excluded.not_after,
                            uploaded_at = excluded.uploaded_at
                        """)
                .param("org", id)
                .param("chain", chain)
                .param("key", masterKey.encrypt(key.privateKey().getEncoded(), uploadContext(id)))
                .param("fingerprint", key.fingerprint())
                .param("subject", key.certificate().getSubjectX500Principal().getName(X500Principal.RFC2253))
                .param("issuer", key.certificate().getIssuerX500Principal().getName(X500Principal.RFC2253))
                .param("notAfter", new Timestamp(key.certificate().getNotAfter().getTime()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        decrypted.remove(id);
    }

    /** Goes back to the self-signed seal; false when there was no uploaded one. */
    boolean remove(OrganizationId organization) {
        decrypted.remove(organization.value());
        return jdbc.sql("delete from certificate_seal_uploads where organization_id = :org")
                        .param("org", organization.value())
                        .update()
                > 0;
    }

    private Optional<SealKey> loadUploaded(UUID organization) {
        return jdbc.sql("select chain, encrypted_key from certificate_seal_uploads where organization_id = :org")
                .param("org", organization)
                .query((rs, row) -> {
                    byte[] pkcs8 = masterKey.decrypt(rs.getBytes("encrypted_key"), uploadContext(organization));
                    try {
                        List<X509Certificate> chain = CertificateFactory.getInstance("X.509")
                                .generateCertPath(new ByteArrayInputStream(rs.getBytes("chain")), "PkiPath")
                                .getCertificates()
                                .stream()
                                .map(X509Certificate.class::cast)
                                .toList();
                        String algorithm = chain.get(0).getPublicKey().getAlgorithm();
                        PrivateKey key =
                                KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                        return new SealKey(key, chain);
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("an uploaded seal cannot be read", e);
                    }
                })
                .optional();
    }

    private record Cached(String source, SealKey key) {}

    private Optional<SealKey> loadSelfSigned(UUID organization) {
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
            return new SealKey(key, List.of(x509));
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

    static byte[] uploadContext(UUID organization) {
        return ("certificate-seal-upload:" + organization).getBytes(StandardCharsets.UTF_8);
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate cannot be encoded", e);
        }
    }

    static byte[] context(UUID organization) {
        return ("certificate-seal:" + organization).getBytes(StandardCharsets.UTF_8);
    }
}
