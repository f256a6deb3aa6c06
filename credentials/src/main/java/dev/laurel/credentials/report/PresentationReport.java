package dev.laurel.credentials.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What verifying a presentation found: the presentation's own checks ({@code format}, {@code context}, {@code type},
 * {@code proof}, {@code challenge}, {@code domain}, {@code holder}; for a VP-JWT also {@code jwt-claims}, {@code
 * valid-from} and {@code valid-until}; then {@code credentials}) and the report of each credential it carries, in the
 * order it carries them.
 *
 * <p>The presentation is verified when none of its checks failed; its {@code credentials} check fails when any
 * credential does not verify, so {@link #verified()} covers the credentials too. Immutable.
 *
 * @param presentation the checks of the presentation itself
 * @param credentials one report per credential in {@code verifiableCredential}
 */
public record PresentationReport(VerificationReport presentation, List<VerificationReport> credentials) {

    public PresentationReport {
        credentials = List.copyOf(credentials);
    }

    /** True when no check of the presentation failed, the check of its credentials included. */
    public boolean verified() {
        return presentation.verified();
    }

    /** The presentation's report as {@link VerificationReport#toJson()} writes it, with {@code credentials} added. */
    public ObjectNode toJson() {
        ObjectNode json = presentation.toJson();
        var array = json.putArray("credentials");
        credentials.forEach(report -> array.add(report.toJson()));
        return json;
    }
}
