package dev.laurel.server.api;

import dev.laurel.server.lifecycle.RenewalRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An earner's request to renew a credential, as the API shows it. */
@Schema(name = "RenewalRequest")
record RenewalRequestResource(
        UUID id,

        @Schema(description = "The credential to renew.") UUID credentialId,
        String achievementName,
        IssueRequest.Recipient recipient,

        @Schema(description = "When the credential expires; null for never.")
        Instant validUntil,

        @Schema(
                description = "manual: the earner sent evidence for the issuer to approve; credits: the earner's "
                        + "continuing-education credits were enough (approved at once).",
                allowableValues = {"manual", "credits"})
        String rule,

        @Schema(description = "The evidence as a link; null when none was given.")
        String evidenceUrl,

        @Schema(description = "The evidence file; null when none was sent.")
        EvidenceFile evidenceFile,

        @Schema(description = "For the credits rule: the credits counted when it was asked.")
        BigDecimal credits,

        @Schema(allowableValues = {"pending", "approved", "declined"})
        String status,

        @Schema(description = "Why it was declined; null otherwise.")
        String reason,

        Instant requestedAt,
        Instant decidedAt,

        @Schema(description = "The credential that renewed it, once approved.")
        UUID renewalId) {

    /** A file sent as evidence: download it from {@code url} with a key of scope read. */
    @Schema(name = "RenewalEvidenceFile")
    record EvidenceFile(
            String name,

            @Schema(allowableValues = {"application/pdf", "image/png", "image/jpeg"})
            String type,

            String url) {}

    static RenewalRequestResource of(RenewalRequest request) {
        return new RenewalRequestResource(
                request.id(),
                request.credentialId().value(),
                request.badgeName(),
                new IssueRequest.Recipient(request.recipientEmail(), request.recipientName()),
                request.validUntil(),
                request.rule().key(),
                request.evidenceUrl(),
                request.hasFile()
                        ? new EvidenceFile(
                                request.evidenceName(),
                                request.evidenceType(),
                                "/api/v1/renewal-requests/" + request.id() + "/evidence")
                        : null,
                request.credits(),
                request.status().key(),
                request.reason(),
                request.requestedAt(),
                request.decidedAt(),
                request.renewalId() == null ? null : request.renewalId().value());
    }

    /** The requests, oldest first. */
    @Schema(name = "RenewalRequestList")
    record Page(List<RenewalRequestResource> items) {}

    /** Why a request is declined: the earner is mailed it. */
    @Schema(name = "RenewalDecline")
    record Decline(
            @Schema(description = "Required.", example = "The course certificate is not from an approved provider.")
            @jakarta.validation.constraints.Size(max = 2000)
            String reason) {}
}
