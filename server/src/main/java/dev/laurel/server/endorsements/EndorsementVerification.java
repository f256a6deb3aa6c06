package dev.laurel.server.endorsements;

import dev.laurel.credentials.report.Reason;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.verify.Verifier;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The live verification line of an endorsement on the pages ({@code /endorsements/ID/verification}, fetched by htmx):
 * the stored endorsement verified now, as any verifier would — verified, withdrawn by its endorser, or not verified.
 */
@Controller
class EndorsementVerification {

    private final Endorsements endorsements;
    private final Verifier verifier;
    private final Clock clock;

    EndorsementVerification(Endorsements endorsements, Verifier verifier, Clock clock) {
        this.endorsements = endorsements;
        this.verifier = verifier;
        this.clock = clock;
    }

    @GetMapping("/endorsements/{id}/verification")
    String line(@PathVariable UUID id, Model model) {
        GivenEndorsement given = endorsements
                .find(new EndorsementId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        VerificationReport report = verifier.verify(given.credentialJson());
        String outcome;
        if (report.verified()) {
            outcome = "verified";
        } else if (report.failures().stream().allMatch(f -> f.reasons().contains(Reason.STATUS_REVOKED))) {
            outcome = "withdrawn";
        } else {
            outcome = "not-verified";
        }
        model.addAttribute("outcome", outcome);
        model.addAttribute("checkedAt", clock.instant());
        return "endorsements/verification :: line";
    }
}
