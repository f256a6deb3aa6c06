package dev.laurel.server.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One element of a bulk issuing request's JSON array: documentation only, as the body is read as a stream (see
 * {@code bulk.JsonSource}).
 */
@Schema(name = "BulkRow")
record BulkRowRequest(
        IssueRequest.Recipient recipient,

        @Schema(description = "How it was earned; or filled from narrativeTemplate.", example = "Led the team project.")
        String narrative,

        @Schema(description = "Evidence URLs.", example = "[\"https://example.edu/projects/42\"]")
        List<String> evidence,

        @Schema(description = "The date it was earned; today when omitted.", example = "2026-06-30")
        LocalDate issuedOn,

        @Schema(description = "When it expires; the achievement's validity when omitted.", example = "2028-06-30")
        LocalDate expiresOn,

        @Schema(
                description = "Your id for this recipient: the same achievement is issued once per "
                        + "externalId, or once per email when there is none.",
                example = "S-1042")
        String externalId,

        @Schema(
                description = "Continuing-education credits earned, 0 to 9999.99; the achievement's creditsAvailable "
                        + "when omitted.",
                example = "1.5")
        java.math.BigDecimal creditsEarned,

        @Schema(description = "Other values, for the narrative template.", example = "{\"course\": \"Statistics\"}")
        Map<String, String> metadata) {}
