package dev.laurel.server.hooks;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.signing.ProofFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** What posting an event answers: the credential it made or made before, or that it was ignored. */
final class EventAnswer {

    /** Why an event was acknowledged without issuing. */
    static final String CONDITION_NOT_MET = "condition-not-met";

    private EventAnswer() {}

    /** 201 for a new credential, 200 with {@code replayed} for the one an earlier delivery of the event made. */
    @Schema(name = "HookIssued")
    record Issued(
            UUID id,

            @Schema(description = "The credential's public page.", example = "https://badges.example.org/c/ID")
            String url,

            @Schema(
                    description = "The signed credential as issued: a JSON object with a Data Integrity proof, or "
                            + "the compact VC-JWT string.",
                    types = {"object", "string"})
            @JsonRawValue
            String credential,

            @Schema(description = "The event's id, as read through the mapping.", example = "8812")
            String eventId,

            @Schema(description = "True when an earlier delivery of this event made the credential.")
            boolean replayed) {

        static Issued of(IssuedCredential credential, String url, String eventId, boolean replayed) {
            String raw = credential.format() == ProofFormat.VC_JWT
                    ? "\"" + credential.document().strip() + "\""
                    : credential.document();
            return new Issued(credential.id().value(), url, raw, eventId, replayed);
        }
    }

    /** 200: the event does not meet the mapping's condition, and nothing was issued. */
    @Schema(name = "HookIgnored")
    record Ignored(
            @Schema(description = "Always false.") boolean issued,

            @Schema(description = "Why: condition-not-met.", allowableValues = "condition-not-met")
            String reason,

            @Schema(description = "The event's id when it has one, or null.")
            String eventId) {

        static Ignored conditionNotMet(String eventId) {
            return new Ignored(false, CONDITION_NOT_MET, eventId);
        }
    }
}
