package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An endorsed-credential bundle: an unsigned {@code VerifiablePresentation} (no proof, no holder) whose {@code
 * verifiableCredential} holds a credential, unchanged, first, then EndorsementCredentials of it made after it was
 * signed (which cannot go inside it). The credential is verified as it would be alone; the endorsements by the {@code
 * endorsements} check.
 *
 * @param credential the first credential
 * @param endorsements the others, in order
 */
record EndorsedBundle(ObjectNode credential, List<ObjectNode> endorsements) {

    static final String PRESENTATION = "VerifiablePresentation";

    /** The bundle {@code json} is, when it is an unsigned presentation whose first credential is a JSON object. */
    static Optional<EndorsedBundle> read(ObjectNode json) {
        if (!VerificationContext.strings(json.get("type")).contains(PRESENTATION)
                || json.has("proof")
                || json.has("holder")) {
            return Optional.empty();
        }
        List<JsonNode> carried = VerifiablePresentations.credentials(json);
        if (carried.isEmpty() || !(carried.getFirst() instanceof ObjectNode first)) {
            return Optional.empty();
        }
        List<ObjectNode> endorsements = new ArrayList<>();
        for (JsonNode other : carried.subList(1, carried.size())) {
            if (!(other instanceof ObjectNode object)) {
                return Optional.empty();
            }
            endorsements.add(object);
        }
        return Optional.of(new EndorsedBundle(first, endorsements));
    }
}
