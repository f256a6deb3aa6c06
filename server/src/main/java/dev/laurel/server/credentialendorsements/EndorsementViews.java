package dev.laurel.server.credentialendorsements;

import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.endorsements.EndorsementId;
import dev.laurel.server.endorsements.Endorsements;
import dev.laurel.server.verification.CredentialVerification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Endorsements as pages show them: each with its signed credential verified now, the line people read. */
@Component
class EndorsementViews {

    /** Where an endorsement's verification left it. */
    enum Verification {
        VERIFIED,
        WITHDRAWN,
        FAILED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An endorsement with its verification, for a page. */
    record Shown(ReceivedEndorsements.Endorsement endorsement, Verification verification) {}

    private final Endorsements endorsements;
    private final CredentialVerification verification;

    EndorsementViews(Endorsements endorsements, CredentialVerification verification) {
        this.endorsements = endorsements;
        this.verification = verification;
    }

    List<Shown> of(List<ReceivedEndorsements.Endorsement> given) {
        return given.stream().map(e -> new Shown(e, verify(e))).toList();
    }

    /** The signed EndorsementCredential, as stored by the endorsements module. */
    Optional<String> document(ReceivedEndorsements.Endorsement endorsement) {
        return endorsements.find(new EndorsementId(endorsement.endorsementId())).map(given -> given.credentialJson());
    }

    private Verification verify(ReceivedEndorsements.Endorsement endorsement) {
        Optional<String> json = document(endorsement);
        if (json.isEmpty()) {
            return Verification.FAILED;
        }
        VerificationReport report = verification.verify(json.get().getBytes(StandardCharsets.UTF_8));
        boolean revoked = report.checks(CheckId.STATUS).stream()
                .anyMatch(check -> check.reasons().contains(Reason.STATUS_REVOKED));
        if (revoked) {
            return Verification.WITHDRAWN;
        }
        return report.verified() ? Verification.VERIFIED : Verification.FAILED;
    }
}
