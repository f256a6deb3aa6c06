package dev.laurel.server.certificates;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * {@code bench/certificates}: renders and seals each built-in template's certificate on one thread, as the server does
 * on a download that finds nothing kept — XHTML, layout, PDF/A-3b with a 3 KB credential attached, PAdES seal — and
 * prints PDFs per second on that one core and each PDF's size. Arguments: seconds measured per template (default 5),
 * then seconds of warm-up (default 5). Not a test: a main run by the script.
 */
public final class CertificateBench {

    private CertificateBench() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        java.util.logging.Logger.getLogger("com.openhtmltopdf").setLevel(java.util.logging.Level.WARNING);
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        SealKeys.SealKey key = key();
        byte[] credential = ("{\"credential\":\"" + "x".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
        List<Attachment> files =
                List.of(new Attachment("credential.json", "application/vc+ld+json", "the credential", credential));
        for (CertificateTemplate template : CertificateTemplate.values()) {
            CertificateDesign design = CertificateDesign.DEFAULT.with(template);
            run(design, key, files, warmup);
            Result result = run(design, key, files, seconds);
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %6.1f PDFs/s/core  %4d KB  (%d in %.1f s)%n",
                    template.key(),
                    result.count() / result.seconds(),
                    result.size() / 1024,
                    result.count(),
                    result.seconds());
        }
    }

    private record Result(int count, double seconds, int size) {}

    private static Result run(CertificateDesign design, SealKeys.SealKey key, List<Attachment> files, double seconds) {
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int count = 0;
        int size = 0;
        while (System.nanoTime() < end || count == 0) {
            Instant now = Instant.now();
            byte[] pdf = Typesetter.pdf(
                    TemplatePages.xhtml(design, TemplatesRenderTest.facts("Ada Lovelace " + count)), files, now);
            size = PadesSeal.seal(pdf, key, "Bench University", now).length;
            count++;
        }
        return new Result(count, (System.nanoTime() - start) / 1e9, size);
    }

    private static SealKeys.SealKey key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Bench University");
        byte[] der = new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.ONE,
                        Date.from(Instant.now().minusSeconds(60)),
                        Date.from(Instant.now().plusSeconds(86_400)),
                        name,
                        pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()))
                .getEncoded();
        X509Certificate certificate = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        return new SealKeys.SealKey(pair.getPrivate(), certificate);
    }
}
