package dev.laurel.server.hooks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A hook mapping as the API shows it, with the URL the external system posts its events to. */
@Schema(name = "HookMapping")
record MappingResource(
        UUID id,
        @Schema(example = "Moodle: Safety course") String name,
        UUID achievementId,
        MappingRequest.Pointers pointers,

        @Schema(description = "Null when every event issues.")
        MappingRequest.Condition condition,

        @Schema(
                description = "Null for the achievement's format.",
                allowableValues = {"di", "jwt"})
        String format,

        boolean enabled,

        @Schema(
                description = "Where the external system POSTs its events, with an API key holding the issue scope.",
                example = "https://badges.example.org/api/v1/hooks/0d3c…")
        String hookUrl,

        Instant createdAt,
        Instant updatedAt) {

    static MappingResource of(HookMapping mapping, String hookUrl) {
        HookMapping.Pointers p = mapping.pointers();
        return new MappingResource(
                mapping.id(),
                mapping.name(),
                mapping.achievementId(),
                new MappingRequest.Pointers(
                        text(p.eventId()),
                        text(p.recipientEmail()),
                        text(p.recipientName()),
                        text(p.narrative()),
                        text(p.evidence()),
                        text(p.issuedOn())),
                mapping.condition() == null
                        ? null
                        : new MappingRequest.Condition(
                                mapping.condition().pointer().text(),
                                mapping.condition().equals()),
                mapping.format() == null ? null : mapping.format().key(),
                mapping.enabled(),
                hookUrl,
                mapping.createdAt(),
                mapping.updatedAt());
    }

    private static String text(Pointer pointer) {
        return pointer == null ? null : pointer.text();
    }

    /** The organization's mappings. */
    @Schema(name = "HookMappingList")
    record Listing(List<MappingResource> items) {}

    /** Deliveries to a mapping, newest first. */
    @Schema(name = "HookEventList")
    record Events(List<Event> items) {}

    /** A delivery to a mapping's hook URL and what became of it. */
    @Schema(name = "HookEvent")
    record Event(
            UUID id,
            Instant receivedAt,

            @Schema(
                    description = "issued (a credential was issued), replayed (issued before: answered with that "
                            + "credential), skipped (acknowledged, see reason), failed (refused, see reason and "
                            + "message; nothing issued), received (cut off while issuing; nothing issued).",
                    allowableValues = {"issued", "replayed", "skipped", "failed", "received"})
            String status,

            @Schema(description = "The external system's event id as read, or null.", example = "8812")
            String eventId,

            @Schema(description = "The credential, when issued or replayed.")
            UUID credentialId,

            @Schema(description = "The credential's public page, when issued or replayed.")
            String url,

            @Schema(description = "The earner the credential names, when issued or replayed.")
            Recipient recipient,

            @Schema(
                    description = "Why it was skipped (condition-not-met) or the problem code it failed with.",
                    example = "hook.pointer-missing")
            String reason,

            @Schema(
                    description = "What the reason means: the problem's detail for a failed event.",
                    example = "the event has no recipient email address at /user/email")
            String message) {}

    /** The earner a credential names. */
    @Schema(name = "HookRecipient")
    record Recipient(
            @Schema(example = "ada@example.org") String email,
            @Schema(example = "Ada Lovelace") String name) {}
}
