package dev.laurel.server.applications;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The approving reviewers' statements as endorsements of the credential they award: each an EndorsementCredential
 * whose subject is the credential, signed for the reviewer as a verified-email endorser.
 */
@Component
class Statements {

    /** The signed endorsements of the credential {@code credentialId} by the approvals' reviewers that have an address. */
    List<ObjectNode> endorse(String credentialId, List<Review> approvals, String organizationName) {
        return List.of();
    }
}
