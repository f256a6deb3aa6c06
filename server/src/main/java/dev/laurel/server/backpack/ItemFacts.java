package dev.laurel.server.backpack;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the backpack lists and filters by, read from a credential's JSON: an Open Badges 3.0 / CLR 2.0 credential (for
 * a VC-JWT, the credential its payload carries) or an Open Badges 2.0 assertion, whose BadgeClass and issuer Profile,
 * when it names them by URL, are read from the documents its verification resolved. Absent values are null.
 *
 * @param name the achievement's name, or the credential's
 * @param issuerName the issuer's name
 * @param issuerId the issuer's id (a DID or URL)
 * @param image the achievement image's URL (http(s) or data:)
 * @param skills the names of the framework items the achievement aligns to (for a credential issued here, also its
 *     badge's skills)
 * @param tags the achievement's free tags (OB 3.0 {@code tag}, 2.0 {@code tags})
 * @param issuedAt its validFrom (issuanceDate, issuedOn)
 * @param validUntil when it expires
 */
record ItemFacts(
        String name,
        String issuerName,
        String issuerId,
        String image,
        List<String> skills,
        List<String> tags,
        Instant issuedAt,
        Instant validUntil) {

    static ItemFacts of(JsonNode credential) {
        return of(credential, UnaryOperator.identity());
    }

    /**
     * The facts of {@code credential}, an Open Badges 2.0 BadgeClass or issuer Profile given by URL read through
     * {@code resolve} (a verification report's {@link dev.laurel.credentials.report.VerificationReport#resolve});
     * nothing is fetched.
     */
    static ItemFacts of(JsonNode credential, UnaryOperator<JsonNode> resolve) {
        JsonNode subject = first(credential.path("credentialSubject"));
        JsonNode achievement = subject.path("achievement");
        JsonNode badge = resolve.apply(credential.path("badge"));
        JsonNode issuer = credential.path("issuer");
        if (badge.isObject() && issuer.isMissingNode()) {
            issuer = badge.path("issuer");
        }
        String issuerId = issuer.isTextual() ? issuer.asText() : text(issuer.path("id"));
        issuer = resolve.apply(issuer);
        Set<String> skills = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode source : List.of(achievement, badge)) {
            for (JsonNode tag : list(source.path("tag").isMissingNode() ? source.path("tags") : source.path("tag"))) {
                add(tags, tag.asText(null));
            }
            for (JsonNode alignment : list(source.path("alignment"))) {
                add(skills, text(alignment.path("targetName")));
            }
        }
        JsonNode image = achievement.isObject() ? achievement.path("image") : badge.path("image");
        return new ItemFacts(
                firstText(achievement.path("name"), badge.path("name"), credential.path("name")),
                issuer.isObject() ? text(issuer.path("name")) : null,
                issuerId,
                image.isTextual() ? image.asText() : text(image.path("id")),
                List.copyOf(skills),
                List.copyOf(tags),
                instant(firstText(
                        credential.path("validFrom"), credential.path("issuanceDate"), credential.path("issuedOn"))),
                instant(firstText(
                        credential.path("validUntil"), credential.path("expirationDate"), credential.path("expires"))));
    }

    /**
     * The achievement it recognizes: {@code credentialSubject.achievement.id} (Open Badges 3.0), or the id of the
     * assertion's BadgeClass ({@code badge}, a URL or an object with its id; 2.0); null when it names none.
     */
    static String achievementId(JsonNode credential) {
        JsonNode achievement = first(credential.path("credentialSubject")).path("achievement");
        if (achievement.isObject()) {
            return text(achievement.path("id"));
        }
        JsonNode badge = credential.path("badge");
        return badge.isTextual() ? text(badge) : text(badge.path("id"));
    }

    /**
     * Every {@code targetUrl} and {@code targetCode} of the alignments of its achievement (3.0) or of its BadgeClass
     * (2.0, read through {@code resolve} when given by URL).
     */
    static Set<String> alignments(JsonNode credential, UnaryOperator<JsonNode> resolve) {
        JsonNode achievement = first(credential.path("credentialSubject")).path("achievement");
        Set<String> targets = new LinkedHashSet<>();
        for (JsonNode source : List.of(achievement, resolve.apply(credential.path("badge")))) {
            for (JsonNode alignment : list(source.path("alignment"))) {
                add(targets, text(alignment.path("targetUrl")));
                add(targets, text(alignment.path("targetCode")));
            }
        }
        return targets;
    }

    /** Its {@code credentialSubject.creditsEarned}, or null. */
    static BigDecimal credits(JsonNode credential) {
        JsonNode credits = first(credential.path("credentialSubject")).path("creditsEarned");
        return credits.isNumber() ? credits.decimalValue() : null;
    }

    private static void add(Set<String> skills, String skill) {
        if (skill != null && !skill.isBlank()) {
            skills.add(skill.strip());
        }
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node);
        }
        return out;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String text = text(node);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
