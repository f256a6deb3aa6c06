package dev.laurel.server.certificates;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority for tests, on a local port: a self-signed P-256 certificate for time stamping
 * (extended key usage {@code timeStamping}, critical), answering {@code application/timestamp-query} POSTs with
 * BouncyCastle's generators at the time of the given clock. Counts the requests it answered.
 */
final class TestTimestampAuthority implements AutoCloseable {

    static final String NAME = "CN=Laurel Test TSA";

    private final HttpServer server;
    private final AtomicInteger answered = new AtomicInteger();

    TestTimestampAuthority(Clock clock) throws Exception {
        this(clock, null);
    }

    /**
     * An authority whose certificate {@code issuer} issues (its CRL and OCSP responder named in it), the chain in its
     * tokens; self-signed when {@code issuer} is null.
     */
    TestTimestampAuthority(Clock clock, TestCertificateAuthority issuer) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        java.util.List<X509Certificate> chain;
        if (issuer == null) {
            X500Name name = new X500Name(NAME);
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.TWO,
                            Date.from(clock.instant().minusSeconds(86_400)),
                            Date.from(clock.instant().plusSeconds(86_400L * 365)),
                            name,
                            pair.getPublic())
                    .addExtension(
                            Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
            chain = java.util.List.of(new JcaX509CertificateConverter().getCertificate(holder));
        } else {
            chain = java.util.List.of(issuer.timeStamping(NAME, pair.getPublic()), issuer.certificate());
        }
        X509Certificate certificate = chain.get(0);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", pair.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(chain));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        AtomicInteger serial = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                TimeStampResponse response = responses.generate(
                        request, BigInteger.valueOf(serial.incrementAndGet()), Date.from(clock.instant()));
                byte[] body = response.getEncoded();
                // Counted before the answer leaves: a client that has read it may ask at once how many were answered.
                answered.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    int answered() {
        return answered.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
