package dev.laurel.server.sharing;

import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.issuing.CredentialState;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.verification.CredentialVerification;
import dev.laurel.server.verification.Verdicts;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Verifies a credential as it is published, now, as {@code /verify} does ({@link CredentialVerification}: this Laurel's
 * status lists and did:web keys come from the database). A suspension is
 * added from the issuing record, since the credential's status entry carries revocation only (Open Badges 3.0 allows
 * one {@code credentialStatus}), so no verifier can see it in the status list.
 */
@Component
class LiveVerification {

    /**
     * A verification with the issuer's suspension.
     *
     * @param report every check the verifier ran
     * @param credential the credential, whose state tells a suspension and its reason
     * @param sentence the verdict in one sentence, as {@code /verify} words it ({@link Verdicts})
     */
    record Outcome(VerificationReport report, IssuedCredential credential, String sentence) {

        public boolean suspended() {
            return credential.state() == CredentialState.SUSPENDED;
        }

        /** {@code verified}, {@code suspended} (the proof holds, the issuer suspended it) or {@code not-verified}. */
        public String verdict() {
            if (!report.verified()) {
                return "not-verified";
            }
            return suspended() ? "suspended" : "verified";
        }
    }

    private final CredentialVerification verification;
    private final Verdicts verdicts;

    LiveVerification(CredentialVerification verification, Verdicts verdicts) {
        this.verification = verification;
        this.verdicts = verdicts;
    }

    Outcome verify(SharedCredential shared, Locale locale) {
        VerificationReport report = verification.verify(shared.document().getBytes(StandardCharsets.UTF_8));
        return new Outcome(report, shared.credential(), verdicts.sentence(report, locale));
    }
}
