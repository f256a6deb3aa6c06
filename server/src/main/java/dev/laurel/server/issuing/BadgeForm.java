package dev.laurel.server.issuing;

import dev.laurel.server.platform.HttpIri;
import dev.laurel.server.platform.WebIri;
import dev.laurel.server.signing.ProofFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The badge form: what an issuer types. Tags and skills are comma-separated; alignments are one per line as
 * {@code framework ; code ; name ; URL}.
 */
record BadgeForm(
        @NotBlank(message = "{badge.name.required}") @Size(max = 200, message = "{badge.name.long}")
        String name,

        @NotBlank(message = "{badge.description.required}") @Size(max = 4000, message = "{badge.description.long}")
        String description,

        @Size(max = 8000, message = "{badge.criteria.long}") String criteriaNarrative,

        @HttpIri(message = "{badge.url.invalid}") @Size(max = 1000)
        String criteriaUrl,

        String achievementType,
        @Size(max = 1000, message = "{badge.tags.long}") String tags,
        @Size(max = 1000, message = "{badge.tags.long}") String skills,
        @Size(max = 8000) String alignments,

        @Pattern(regexp = "^$|^\\d{1,4}(\\.\\d{1,2})?$", message = "{badge.credits.invalid}")
        String creditsAvailable,

        @Pattern(regexp = "^$|^\\d{1,3}$", message = "{badge.validity.invalid}")
        String validityMonths,

        String proofFormat) {

    /** The Open Badges 3.0 achievement types the form offers. */
    static final List<String> ACHIEVEMENT_TYPES = BadgeDesign.ACHIEVEMENT_TYPES;

    static BadgeForm empty() {
        return new BadgeForm("", "", "", "", "Badge", "", "", "", "", "", "di");
    }

    static BadgeForm of(Badge badge) {
        StringBuilder alignments = new StringBuilder();
        for (BadgeAlignment a : badge.alignments()) {
            alignments
                    .append(nullToEmpty(a.framework()))
                    .append(" ; ")
                    .append(nullToEmpty(a.code()))
                    .append(" ; ")
                    .append(a.name())
                    .append(" ; ")
                    .append(a.url())
                    .append('\n');
        }
        return new BadgeForm(
                badge.name(),
                badge.description(),
                nullToEmpty(badge.criteriaNarrative()),
                nullToEmpty(badge.criteriaUrl()),
                nullToEmpty(badge.achievementType()),
                String.join(", ", badge.tags()),
                String.join(", ", badge.skills()),
                alignments.toString(),
                badge.creditsAvailable() == null ? "" : badge.creditsAvailable().toPlainString(),
                badge.validityMonths() == null ? "" : badge.validityMonths().toString(),
                badge.proofFormat().key());
    }

    /** Checks what annotations cannot: criteria given one way or the other, the alignment lines, the choices. */
    void validate(Errors errors) {
        if (blank(criteriaNarrative) && blank(criteriaUrl)) {
            errors.rejectValue("criteriaNarrative", "badge.criteria.required");
        }
        if (!blank(validityMonths)
                && !errors.hasFieldErrors("validityMonths")
                && Integer.parseInt(validityMonths) == 0) {
            errors.rejectValue("validityMonths", "badge.validity.invalid");
        }
        if (!blank(achievementType) && !ACHIEVEMENT_TYPES.contains(achievementType)) {
            errors.rejectValue("achievementType", "badge.type.invalid");
        }
        try {
            ProofFormat.parse(proofFormat == null ? "" : proofFormat);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("proofFormat", "badge.format.invalid");
        }
        String[] lines = alignments == null ? new String[0] : alignments.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] parts = lines[i].split(";", -1);
            if (parts.length != 4 || parts[2].isBlank() || !WebIri.isValid(parts[3].strip())) {
                errors.rejectValue("alignments", "badge.alignment.invalid", new Object[] {i + 1}, null);
                return;
            }
        }
    }

    /** The design the form describes; call only when {@link #validate} and the annotations found no error. */
    BadgeDesign toDesign() {
        List<BadgeAlignment> parsed = new ArrayList<>();
        if (alignments != null) {
            for (String line : alignments.split("\\R")) {
                if (!line.isBlank()) {
                    String[] p = line.split(";", -1);
                    parsed.add(new BadgeAlignment(emptyToNull(p[0]), emptyToNull(p[1]), p[2].strip(), p[3].strip()));
                }
            }
        }
        return new BadgeDesign(
                name,
                description,
                criteriaNarrative,
                criteriaUrl,
                achievementType,
                list(tags),
                list(skills),
                parsed,
                blank(creditsAvailable) ? null : new BigDecimal(creditsAvailable.strip()),
                blank(validityMonths) ? null : Integer.valueOf(validityMonths.strip()),
                ProofFormat.parse(proofFormat));
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
