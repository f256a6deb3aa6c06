package dev.laurel.server.hooks;

import io.swagger.v3.oas.annotations.media.Schema;

/** Creating or replacing a hook mapping: every field is replaced, absent optional ones are unset. */
@Schema(name = "HookMappingRequest")
record MappingRequest(
        @Schema(description = "What the mapping is for, up to 100 characters.", example = "Moodle: Safety course")
        String name,

        @Schema(
                description = "The achievement (badge) to issue: one of the key's organization.",
                example = "5b0c3e52-1f0e-4a57-9a4e-0c1fd4f1e2a7")
        String achievementId,

        Pointers pointers,

        @Schema(description = "Issue only for events whose value at pointer is equals; omit to issue for every event.")
        Condition condition,

        @Schema(
                description = "di (Data Integrity) or jwt (VC-JWT); the achievement's format when omitted.",
                allowableValues = {"di", "jwt"})
        String format,

        @Schema(description = "False pauses the mapping: events are refused with 409. True when omitted.")
        Boolean enabled) {

    /**
     * Where each value is in the event: RFC 6901 JSON pointers, each starting with {@code /}. {@code eventId} and
     * {@code recipientEmail} are required.
     */
    @Schema(name = "HookPointers")
    record Pointers(
            @Schema(
                    description = "The event's own id, unique per event in the external system: the same id is "
                            + "issued for once.",
                    example = "/id")
            String eventId,

            @Schema(description = "The recipient's email address.", example = "/user/email")
            String recipientEmail,

            @Schema(
                    description = "The recipient's name; the address's local part when unset or absent.",
                    example = "/user/fullname")
            String recipientName,

            @Schema(description = "How it was earned (text).", example = "/course/summary")
            String narrative,

            @Schema(description = "An evidence URL, or an array of up to 20.", example = "/course/url")
            String evidence,

            @Schema(
                    description = "The date it was earned: YYYY-MM-DD, an RFC 3339 date-time, or Unix time in "
                            + "seconds; today when unset or absent.",
                    example = "/timecreated")
            String issuedOn) {}

    /** Which events issue. */
    @Schema(name = "HookCondition")
    record Condition(
            @Schema(description = "Where the value is.", example = "/eventname")
            String pointer,

            @Schema(
                    description = "The value, compared as text (a number or boolean as written).",
                    example = "\\core\\event\\course_completed")
            String equals) {}

    Hooks.Draft draft() {
        Pointers p = pointers == null ? new Pointers(null, null, null, null, null, null) : pointers;
        Condition c = condition == null ? new Condition(null, null) : condition;
        return new Hooks.Draft(
                name,
                achievementId,
                p.eventId(),
                p.recipientEmail(),
                p.recipientName(),
                p.narrative(),
                p.evidence(),
                p.issuedOn(),
                c.pointer(),
                c.equals(),
                format,
                enabled);
    }
}
