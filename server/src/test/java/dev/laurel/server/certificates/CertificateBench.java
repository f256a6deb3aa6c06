package dev.laurel.server.certificates;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/certificates}: renders and seals each built-in template's certificate on one thread, as the server does
 * on a download that finds nothing kept — XHTML, layout, PDF/A-3b with a 3 KB credential attached, PAdES seal — and
 * prints PDFs per second on that one core (wall time) and per second of the thread's CPU time (which a machine shared
 * with other work disturbs less), each PDF's size and each phase's time per PDF. Arguments: seconds measured per template (default 5),
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
                    "%-8s %6.1f PDFs/s/core  %6.1f PDFs per CPU second  %4d KB  (%d in %.1f s; per PDF %.1f ms XHTML,"
                            + " %.1f ms layout and PDF/A, %.1f ms seal)%n",
                    template.key(),
                    result.count() / result.seconds(),
                    result.count() / (result.cpu() / 1e9),
                    result.size() / 1024,
                    result.count(),
                    result.seconds(),
                    result.xhtml() / 1e6 / result.count(),
                    result.typeset() / 1e6 / result.count(),
                    result.seal() / 1e6 / result.count());
        }
    }

    /** What a run made: how many, in how long, the last one's size, and the nanoseconds spent in each phase. */
    private record Result(int count, double seconds, long cpu, int size, long xhtml, long typeset, long seal) {}

    private static Result run(CertificateDesign design, SealKeys.SealKey key, List<Attachment> files, double seconds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        int count = 0;
        int size = 0;
        long[] phases = new long[3];
        while (System.nanoTime() < end || count == 0) {
            Instant now = Instant.now();
            long t0 = System.nanoTime();
            String xhtml = TemplatePages.xhtml(design, TemplatesRenderTest.facts("Ada Lovelace " + count));
            long t1 = System.nanoTime();
            byte[] pdf = Typesetter.pdf(xhtml, files, now);
            long t2 = System.nanoTime();
            size = PadesSeal.seal(pdf, key, "Bench University", now).length;
            long t3 = System.nanoTime();
            phases[0] += t1 - t0;
            phases[1] += t2 - t1;
            phases[2] += t3 - t2;
            count++;
        }
        return new Result(
                count,
                (System.nanoTime() - start) / 1e9,
                threads.getCurrentThreadCpuTime() - cpu,
                size,
                phases[0],
                phases[1],
                phases[2]);
    }
}
