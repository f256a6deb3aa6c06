package dev.laurel.server.certificates;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate authority on a local port: a self-signed P-256 root ("Laurel Test CA") that issues e-seal
 * certificates naming its CRL ({@code /crl}, a CRL distribution point) and, if asked, its OCSP responder ({@code
 * /ocsp}, authority information access), and serves both over HTTP — the OCSP responder answers GET requests (RFC 6960
 * appendix A.1), "good" for every certificate, signed by the CA itself. {@link #down()} makes both answer 503. Counts
 * the requests each answered.
 */
final class TestCertificateAuthority implements AutoCloseable {

    static final String NAME = "CN=Laurel Test CA";

    private final HttpServer server;
    private final KeyPair keys;
    private final X509Certificate certificate;
    private final AtomicInteger ocspAnswers = new AtomicInteger();
    private final AtomicInteger crlAnswers = new AtomicInteger();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger serial = new AtomicInteger(100);

    TestCertificateAuthority() throws Exception {
        keys = p256();
        X500Name name = new X500Name(NAME);
        Instant now = Instant.now();
        certificate = new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(now.minus(2, ChronoUnit.DAYS)),
                                Date.from(now.plus(3650, ChronoUnit.DAYS)),
                                name,
                                keys.getPublic())
                        .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                        .build(signer()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/crl", exchange -> answer(exchange, "application/pkix-crl", crlAnswers, this::crl));
        server.createContext(
                "/ocsp",
                exchange -> answer(exchange, "application/ocsp-response", ocspAnswers, () -> {
                    String path = exchange.getRequestURI().getRawPath();
                    String encoded =
                            URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.US_ASCII);
                    return ocsp(new OCSPReq(Base64.getDecoder().decode(encoded)));
                }));
        server.start();
    }

    /** An e-seal for {@code name}, issued by this CA: its key and its chain (the seal's certificate, then the CA's). */
    SealKeys.SealKey seal(String name, boolean withOcsp) throws Exception {
        KeyPair pair = p256();
        X509Certificate issued = issue(
                new X500Name("CN=" + name + ",O=" + name),
                pair.getPublic(),
                new KeyUsage(KeyUsage.nonRepudiation),
                null,
                withOcsp);
        return new SealKeys.SealKey(pair.getPrivate(), List.of(issued, certificate));
    }

    /** A time-stamping certificate for {@code key} (extended key usage {@code timeStamping}, critical). */
    X509Certificate timeStamping(String name, PublicKey key) throws Exception {
        return issue(
                new X500Name(name),
                key,
                new KeyUsage(KeyUsage.digitalSignature),
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping),
                true);
    }

    X509Certificate certificate() {
        return certificate;
    }

    private X509Certificate issue(
            X500Name subject, PublicKey key, KeyUsage usage, ExtendedKeyUsage extended, boolean withOcsp)
            throws Exception {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        new X500Name(NAME),
                        BigInteger.valueOf(serial.incrementAndGet()),
                        Date.from(now.minus(1, ChronoUnit.DAYS)),
                        Date.from(now.plus(365, ChronoUnit.DAYS)),
                        subject,
                        key)
                .addExtension(Extension.keyUsage, true, usage)
                .addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(
                            new DistributionPointName(new GeneralNames(new GeneralName(
                                    GeneralName.uniformResourceIdentifier,
                                    url("/crl").toString()))),
                            null,
                            null)
                }));
        if (extended != null) {
            builder.addExtension(Extension.extendedKeyUsage, true, extended);
        }
        if (withOcsp) {
            builder.addExtension(
                    Extension.authorityInfoAccess,
                    false,
                    new AuthorityInformationAccess(new AccessDescription(
                            AccessDescription.id_ad_ocsp,
                            new GeneralName(
                                    GeneralName.uniformResourceIdentifier,
                                    url("/ocsp").toString()))));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** From now on, the CRL and the OCSP responder answer 503. */
    void down() {
        down.set(true);
    }

    int ocspAnswers() {
        return ocspAnswers.get();
    }

    int crlAnswers() {
        return crlAnswers.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private byte[] crl() throws Exception {
        Instant now = Instant.now();
        return new JcaX509v2CRLBuilder(certificate, Date.from(now.minusSeconds(1)))
                .setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)))
                .build(signer())
                .getEncoded();
    }

    private byte[] ocsp(OCSPReq request) throws Exception {
        X509CertificateHolder issuer = new JcaX509CertificateHolder(certificate);
        BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(issuer.getSubject()));
        Instant now = Instant.now();
        for (Req asked : request.getRequestList()) {
            CertificateID id = asked.getCertID();
            builder.addResponse(
                    id,
                    CertificateStatus.GOOD,
                    Date.from(now.minusSeconds(1)),
                    Date.from(now.plus(1, ChronoUnit.DAYS)),
                    null);
        }
        return new OCSPRespBuilder()
                .build(
                        OCSPRespBuilder.SUCCESSFUL,
                        builder.build(signer(), new X509CertificateHolder[] {issuer}, Date.from(now)))
                .getEncoded();
    }

    private void answer(HttpExchange exchange, String type, AtomicInteger answers, Body body) throws IOException {
        try (exchange) {
            if (down.get()) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] bytes;
            try {
                bytes = body.bytes();
            } catch (Exception e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // Counted before the answer leaves: a client that has read it may ask at once how many were answered.
            answers.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private ContentSigner signer() throws Exception {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate());
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @FunctionalInterface
    private interface Body {
        byte[] bytes() throws Exception;
    }
}
