package dev.laurel.server.issuing;

import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.WebIri;
import dev.laurel.server.signing.ProofFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a badge is, as its designer gives it — every field of {@link Badge} but the identity, the image and the dates.
 * Built only valid: the web form and the API check each field first, naming it; this constructor is the last guard.
 *
 * @param name the name, at most 200 characters
 * @param description what it recognizes, at most 4000 characters
 * @param criteriaNarrative how it is earned, or null when {@code criteriaUrl} is given
 * @param criteriaUrl an http(s) IRI ({@link WebIri}) of a page with the criteria, or null when {@code criteriaNarrative} is given
 * @param achievementType one of {@link #ACHIEVEMENT_TYPES}, or null
 * @param tags free tags
 * @param skills the skills it evidences
 * @param alignments framework items it aligns to, each with a name and an http(s) URL
 * @param creditsAvailable continuing-education credits (0 to 9999.99), or null
 * @param validityMonths how long its credentials stay valid (1 to 999 months), or null for no end
 * @param proofFormat how its credentials are signed by default
 * @throws IllegalArgumentException when a field is invalid
 */
public record BadgeDesign(
        String name,
        String description,
        String criteriaNarrative,
        String criteriaUrl,
        String achievementType,
        List<String> tags,
        List<String> skills,
        List<BadgeAlignment> alignments,
        BigDecimal creditsAvailable,
        Integer validityMonths,
        ProofFormat proofFormat) {

    /** The Open Badges 3.0 achievement types Laurel offers. */
    public static final List<String> ACHIEVEMENT_TYPES = List.of(
            "Badge",
            "Achievement",
            "Certificate",
            "CertificateOfCompletion",
            "Certification",
            "Course",
            "Competency",
            "MicroCredential",
            "Award",
            "Assessment",
            "License",
            "Membership",
            "LearningProgram",
            "Degree",
            "Diploma");

    public BadgeDesign {
        name = required(name, "name", 200);
        description = required(description, "description", 4000);
        criteriaNarrative = optional(criteriaNarrative, "criteriaNarrative", 8000);
        criteriaUrl = optional(criteriaUrl, "criteriaUrl", 1000);
        achievementType = optional(achievementType, "achievementType", 100);
        if (criteriaNarrative == null && criteriaUrl == null) {
            throw new IllegalArgumentException("criteria need a narrative or a URL");
        }
        if (criteriaUrl != null && !WebIri.isValid(criteriaUrl)) {
            throw new IllegalArgumentException("criteriaUrl is not an http(s) URL");
        }
        if (achievementType != null && !ACHIEVEMENT_TYPES.contains(achievementType)) {
            throw new IllegalArgumentException("unknown achievementType " + achievementType);
        }
        tags = strings(tags);
        skills = strings(skills);
        alignments = List.copyOf(alignments == null ? List.of() : alignments);
        for (BadgeAlignment alignment : alignments) {
            if (alignment.name() == null
                    || alignment.name().isBlank()
                    || alignment.url() == null
                    || !WebIri.isValid(alignment.url())) {
                throw new IllegalArgumentException("an alignment needs a name and an http(s) URL");
            }
        }
        if (creditsAvailable != null
                && (creditsAvailable.signum() < 0
                        || creditsAvailable.compareTo(new BigDecimal("9999.99")) > 0
                        || creditsAvailable.scale() > 2)) {
            throw new IllegalArgumentException("creditsAvailable must be 0 to 9999.99");
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > 999)) {
            throw new IllegalArgumentException("validityMonths must be 1 to 999");
        }
        Objects.requireNonNull(proofFormat, "proofFormat");
    }

    Badge toBadge(BadgeId id, OrganizationId organizationId, String imageType) {
        return new Badge(
                id,
                organizationId,
                name,
                description,
                criteriaNarrative,
                criteriaUrl,
                imageType,
                achievementType,
                tags,
                skills,
                alignments,
                creditsAvailable,
                validityMonths,
                proofFormat,
                null);
    }

    private static String required(String value, String field, int max) {
        String stripped = optional(value, field, max);
        if (stripped == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return stripped;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return stripped;
    }

    private static List<String> strings(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .distinct()
                        .toList();
    }
}
