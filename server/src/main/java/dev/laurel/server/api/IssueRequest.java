package dev.laurel.server.api;

import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.platform.HttpIri;
import dev.laurel.server.signing.ProofFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Issuing an achievement to someone. */
@Schema(name = "IssueRequest")
record IssueRequest(
        @Valid @NotNull Recipient recipient,

        @Schema(description = "How it was earned.", example = "Led the team project.") @Size(max = 4000)
        String narrative,

        @Schema(description = "Evidence URLs.", example = "[\"https://example.edu/projects/42\"]") @Size(max = 20)
        List<@NotBlank @Size(max = 1000) @HttpIri String> evidence,

        @Schema(
                description = "di (Data Integrity) or jwt (VC-JWT); the achievement's format when omitted.",
                allowableValues = {"di", "jwt"})
        @Pattern(regexp = "di|jwt", message = "must be di or jwt")
        String format,

        @Schema(
                description = "The date it was earned (validFrom, 00:00 UTC); today when omitted.",
                example = "2026-06-30")
        LocalDate issuedOn,

        @Schema(
                example = "1.5",
                description = "Continuing-education credits earned, 0 to 9999.99; the achievement's creditsAvailable "
                        + "when omitted.")
        @DecimalMin(value = "0", message = "must be 0 or more")
        @DecimalMax(value = "9999.99", message = "must be at most 9999.99")
        @Digits(integer = 4, fraction = 2, message = "must have at most 4 digits and 2 decimals")
        BigDecimal creditsEarned) {

    /** The earner. */
    @Schema(name = "Recipient")
    record Recipient(
            @Schema(example = "ada@example.org") @NotBlank @Email @Size(max = 254)
            String email,

            @Schema(example = "Ada Lovelace") @NotBlank @Size(max = 200)
            String name) {}

    /** Whom the request issues to, and what they earned. */
    Issuance.Recipient earner() {
        String how = narrative == null || narrative.isBlank() ? null : narrative.strip();
        List<String> urls = evidence == null
                ? List.of()
                : evidence.stream().map(String::strip).toList();
        return new Issuance.Recipient(recipient.email(), recipient.name(), issuedOn, null, how, urls)
                .withCredits(creditsEarned);
    }

    /** The proof format asked for, or null for the achievement's. */
    ProofFormat proofFormat() {
        return format == null ? null : ProofFormat.parse(format);
    }
}
