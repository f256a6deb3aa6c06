package dev.laurel.server.hooks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a sample event would do through a mapping; nothing is issued. */
@Schema(name = "HookPreview")
record PreviewResource(
        @Schema(
                description = "What posting the event would do: issue (201), replay (200, the event was issued for), "
                        + "ignore (200, the condition is not met), refuse (422, see problems), disabled (409).",
                allowableValues = {"issue", "replay", "ignore", "refuse", "disabled"})
        String outcome,

        boolean enabled,
        boolean conditionMet,

        @Schema(description = "The event's id as read, or null.")
        String eventId,

        @Schema(description = "The credential the event made before, when it was issued for already.")
        UUID earlierCredentialId,

        UUID achievementId,
        MappingResource.Recipient recipient,
        String narrative,
        List<String> evidence,
        LocalDate issuedOn,

        @Schema(description = "Null for the achievement's format.")
        String format,

        @Schema(description = "Every wrong value, as the 422 problem lists them.")
        List<Problem> problems) {

    /** A wrong value. */
    @Schema(name = "HookPreviewProblem")
    record Problem(
            @Schema(example = "hook.email-invalid") String code,
            @Schema(example = "recipientEmail") String field,
            @Schema(example = "/user/email") String pointer,
            String message) {}

    static PreviewResource of(Hooks.Preview preview) {
        HookMapping mapping = preview.mapping();
        Reading reading = preview.reading();
        String outcome;
        if (!mapping.enabled()) {
            outcome = "disabled";
        } else if (!reading.conditionMet()) {
            outcome = "ignore";
        } else if (preview.earlierCredential() != null) {
            outcome = "replay";
        } else if (!reading.issuable()) {
            outcome = "refuse";
        } else {
            outcome = "issue";
        }
        return new PreviewResource(
                outcome,
                mapping.enabled(),
                reading.conditionMet(),
                reading.eventId(),
                preview.earlierCredential(),
                mapping.achievementId(),
                new MappingResource.Recipient(reading.recipientEmail(), reading.recipientName()),
                reading.narrative(),
                reading.evidence(),
                reading.issuedOn(),
                mapping.format() == null ? null : mapping.format().key(),
                reading.faults().stream()
                        .map(f -> new Problem(
                                f.fault().code(), f.field(), f.pointer().text(), f.detail()))
                        .toList());
    }
}
