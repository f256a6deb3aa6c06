package dev.laurel.server.verification;

import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/**
 * Verifies a credential the way {@code /verify} does, for any module that shows a verification (the public credential
 * page's live panel): JSON with an embedded proof, a VC-JWT, an Open Badges 2.0 assertion, or a PNG or SVG with one
 * baked in. Every verification is counted in the metric {@code laurel.verifications}, tagged {@code verified} and
 * {@code format}.
 *
 * <p>Never throws for bad input: unreadable bytes are a report whose {@code format} check failed. It may fetch DID
 * documents and status lists through the platform's SSRF-guarded fetcher, so it can take seconds. Thread-safe.
 */
@Service
public class CredentialVerification {

    private final Verifier verifier;
    private final MeterRegistry metrics;

    CredentialVerification(Verifier verifier, MeterRegistry metrics) {
        this.verifier = verifier;
        this.metrics = metrics;
    }

    /** The report of every check on {@code credential}, as the command line's {@code laurel verify} prints it. */
    public VerificationReport verify(byte[] credential) {
        VerificationReport report = verifier.verify(credential);
        metrics.counter(
                        "laurel.verifications",
                        "verified",
                        String.valueOf(report.verified()),
                        "format",
                        report.format())
                .increment();
        return report;
    }
}
