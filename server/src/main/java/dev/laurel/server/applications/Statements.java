package dev.laurel.server.applications;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.endorsements.Endorsed;
import dev.laurel.server.endorsements.Endorsements;
import dev.laurel.server.endorsements.Endorser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The approving reviewers' statements as endorsements of the credential they award: each an EndorsementCredential
 * whose subject is the credential, signed by the platform for the reviewer as a verified-email endorser — a member with
 * their account's name and address, an outside expert with the name they were invited by and the address their link
 * proved. A reviewer without an address (an API key) makes none.
 */
@Component
class Statements {

    static final String MEMBER_ROLE = "Reviewer";
    static final String EXPERT_ROLE = "Outside expert reviewer";

    private final Endorsements endorsements;

    Statements(Endorsements endorsements) {
        this.endorsements = endorsements;
    }

    /** The signed endorsements of the credential {@code credentialId} by the approvals' reviewers that have an address. */
    List<ObjectNode> endorse(String credentialId, List<Review> approvals, String organizationName) {
        List<ObjectNode> made = new ArrayList<>();
        for (Review approval : approvals) {
            Reviewer reviewer = approval.reviewer();
            if (reviewer.email() == null) {
                continue;
            }
            Endorser endorser = new Endorser.VerifiedEmail(
                    reviewer.name(),
                    reviewer.email(),
                    reviewer.expert() ? EXPERT_ROLE : MEMBER_ROLE,
                    reviewer.expert() ? null : organizationName);
            String signed = endorsements
                    .give(endorser, new Endorsed.Credential(credentialId), approval.comment())
                    .credentialJson();
            made.add((ObjectNode) Json.parse(signed));
        }
        return made;
    }
}
