package dev.laurel.server.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.laurel.server.issuing.IssuedCredential;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An issued credential as the API shows it. */
@Schema(name = "Credential")
record CredentialResource(
        UUID id,

        @Schema(description = "The credential's public page.", example = "https://badges.example.org/c/ID")
        String url,

        UUID achievementId,
        IssueRequest.Recipient recipient,

        @Schema(description = "When it was issued (its validFrom).")
        Instant issuedAt,

        @Schema(description = "When it expires; null for never.")
        Instant validUntil,

        @Schema(allowableValues = {"di", "jwt"}) String format,

        @Schema(
                description = "revoked and suspended as the issuer set them; otherwise expired once past validUntil, "
                        + "renewed while a newer credential renews it, else active.",
                allowableValues = {"active", "expired", "renewed", "suspended", "revoked"})
        String status,

        @Schema(description = "The reason given for the last revocation, suspension or reinstatement.")
        String statusReason,

        @Schema(
                description = "Whether the earner accepted the credential into their backpack, declined it, or "
                        + "neither yet.",
                allowableValues = {"pending", "accepted", "declined"})
        String claim,

        @Schema(description = "The id of the credential this one renews; null when it renews none.")
        UUID renews,

        @Schema(description = "The id of the credential that renews this one; null while none does.")
        UUID renewedBy,

        @Schema(description = "The continuing-education credits earned with it; null when none were given.")
        java.math.BigDecimal creditsEarned,

        @Schema(
                description = "The signed credential as issued: a JSON object with a Data Integrity proof, or the "
                        + "compact VC-JWT string.",
                types = {"object", "string"})
        @JsonRawValue
        String credential) {

    static CredentialResource of(IssuedCredential credential, String url, Instant now) {
        return new CredentialResource(
                credential.id().value(),
                url,
                credential.badgeId().value(),
                new IssueRequest.Recipient(credential.recipientEmail(), credential.recipientName()),
                credential.issuedAt(),
                credential.validUntil(),
                credential.format().key(),
                credential.status(now).key(),
                credential.stateReason(),
                credential.claim().key(),
                credential.renews() == null ? null : credential.renews().value(),
                credential.renewedBy() == null ? null : credential.renewedBy().value(),
                credential.creditsEarned(),
                IssuedResource.raw(credential));
    }

    /** A page of credentials, newest first; {@code nextCursor} fetches the next, null on the last page. */
    @Schema(name = "CredentialPage")
    record Page(
            List<CredentialResource> items,

            @Schema(description = "Opaque; null on the last page.")
            String nextCursor) {}

    /** Why a credential's state changes. */
    @Schema(name = "StateChange")
    record StateChange(
            @Schema(
                    description = "Why: required to revoke or suspend, optional to reinstate.",
                    example = "Issued in error")
            @jakarta.validation.constraints.Size(max = 500)
            String reason) {}
}
