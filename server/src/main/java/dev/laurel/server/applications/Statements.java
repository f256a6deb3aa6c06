package dev.laurel.server.applications;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.endorsements.Endorsed;
import dev.laurel.server.endorsements.Endorsements;
import dev.laurel.server.endorsements.Endorser;
import dev.laurel.server.signing.AccountKeys;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The approving reviewers' statements as endorsements of the credential they award: each an EndorsementCredential
 * whose subject is the credential — a member's signed with their account's own key (its did:web, {@link AccountKeys}),
 * an outside expert's by the platform for them as a verified-email endorser, with the name they were invited by and
 * the address their link proved. A reviewer without an address (an API key) makes none.
 */
@Component
class Statements {

    static final String MEMBER_ROLE = "Reviewer";
    static final String EXPERT_ROLE = "Outside expert reviewer";

    private final Endorsements endorsements;
    private final AccountKeys accountKeys;

    Statements(Endorsements endorsements, AccountKeys accountKeys) {
        this.endorsements = endorsements;
        this.accountKeys = accountKeys;
    }

    /** The signed endorsements of the credential {@code credentialId} by the approvals' reviewers that have an address. */
    List<ObjectNode> endorse(String credentialId, List<Review> approvals, String organizationName) {
        List<ObjectNode> made = new ArrayList<>();
        for (Review approval : approvals) {
            Reviewer reviewer = approval.reviewer();
            if (reviewer.email() == null) {
                continue;
            }
            Endorser endorser = reviewer.expert() || reviewer.accountId() == null
                    ? new Endorser.VerifiedEmail(
                            reviewer.name(),
                            reviewer.email(),
                            reviewer.expert() ? EXPERT_ROLE : MEMBER_ROLE,
                            reviewer.expert() ? null : organizationName)
                    : own(reviewer);
            String signed = endorsements
                    .give(endorser, new Endorsed.Credential(credentialId), approval.comment())
                    .credentialJson();
            made.add((ObjectNode) Json.parse(signed));
        }
        return made;
    }

    private Endorser own(Reviewer member) {
        AccountKeys.AccountKey key = accountKeys.key(member.accountId());
        return new Endorser.Keyed(key.did(), member.name(), key.key(), key.verificationMethod());
    }
}
