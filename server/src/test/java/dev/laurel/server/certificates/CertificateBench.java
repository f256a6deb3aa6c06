package dev.laurel.server.certificates;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
        SealKeys.SealKey key = TestSealKeys.selfSigned("Bench University");
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
}
