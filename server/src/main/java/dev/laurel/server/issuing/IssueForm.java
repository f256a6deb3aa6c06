package dev.laurel.server.issuing;

import dev.laurel.server.platform.WebIri;
import dev.laurel.server.signing.ProofFormat;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/** The issue form: the recipient, and optionally the date, a narrative, evidence URLs (one per line), the format. */
record IssueForm(
        @NotBlank(message = "{issue.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 254)
        String recipientEmail,

        @NotBlank(message = "{issue.name.required}") @Size(max = 200, message = "{issue.name.long}")
        String recipientName,

        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{issue.date.invalid}")
        String issueDate,

        @Size(max = 4000, message = "{issue.narrative.long}")
        String narrative,

        @Size(max = 8000) String evidence,
        String format,

        @Pattern(regexp = "^\\s*$|^\\s*\\d{1,4}(\\.\\d{1,2})?\\s*$", message = "{badge.credits.invalid}")
        String creditsEarned) {

    static IssueForm empty() {
        return new IssueForm("", "", "", "", "", "", "");
    }

    void validate(Errors errors) {
        if (issueDate != null && !issueDate.isBlank() && !errors.hasFieldErrors("issueDate")) {
            try {
                LocalDate.parse(issueDate);
            } catch (DateTimeParseException e) {
                errors.rejectValue("issueDate", "issue.date.invalid");
            }
        }
        List<String> urls = evidenceUrls();
        for (int i = 0; i < urls.size(); i++) {
            if (!WebIri.isValid(urls.get(i))) {
                errors.rejectValue("evidence", "issue.evidence.invalid", new Object[] {i + 1}, null);
                return;
            }
        }
        if (format != null && !format.isBlank()) {
            try {
                ProofFormat.parse(format);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("format", "badge.format.invalid");
            }
        }
    }

    List<String> evidenceUrls() {
        if (evidence == null) {
            return List.of();
        }
        return Arrays.stream(evidence.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Whom the form issues to, and what they earned. */
    Issuance.Recipient recipient() {
        LocalDate issuedOn = issueDate == null || issueDate.isBlank() ? null : LocalDate.parse(issueDate);
        String how = narrative == null || narrative.isBlank() ? null : narrative;
        return new Issuance.Recipient(recipientEmail, recipientName, issuedOn, null, how, evidenceUrls())
                .withCredits(
                        creditsEarned == null || creditsEarned.isBlank()
                                ? null
                                : new java.math.BigDecimal(creditsEarned.strip()));
    }

    /** The proof format chosen, or null for the badge's. */
    ProofFormat proofFormat() {
        return format == null || format.isBlank() ? null : ProofFormat.parse(format);
    }
}
