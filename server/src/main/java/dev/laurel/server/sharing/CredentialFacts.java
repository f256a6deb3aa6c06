package dev.laurel.server.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a signed credential says, read from its JSON (for a VC-JWT, the credential its payload carries): the public page
 * shows these as signed, not as the badge or organization reads today. Absent values are null or empty lists; links
 * are kept only when they are http(s) URLs.
 *
 * @param name the achievement's name
 * @param description what the achievement recognizes
 * @param image the achievement image's URL
 * @param achievementType the Open Badges achievement type, e.g. Badge, Certificate
 * @param criteriaNarrative how it is earned, in words
 * @param criteriaUrl where the criteria are published
 * @param tags the achievement's tags (Laurel signs skills as tags too)
 * @param alignments framework items it aligns to
 * @param credits continuing-education credits available, as written
 * @param earnerName the earner's name, from the subject's {@code name} identifier
 * @param narrative how the earner earned it
 * @param evidence evidence links
 * @param issuerName the issuer's name when it was issued
 * @param validFrom when it became valid: its issue date
 * @param validUntil when it expires
 */
record CredentialFacts(
        String name,
        String description,
        String image,
        String achievementType,
        String criteriaNarrative,
        String criteriaUrl,
        List<String> tags,
        List<Alignment> alignments,
        String credits,
        String earnerName,
        String narrative,
        List<Evidence> evidence,
        String issuerName,
        Instant validFrom,
        Instant validUntil) {

    /** An alignment: a framework item's name and link, with its framework and code when given. */
    record Alignment(String name, String url, String framework, String code) {}

    /**
     * A piece of evidence: its link when its id is one (a {@code urn:uuid:} id is named, not linked), its name and
     * description when given (a pathway's award says which credential met which step).
     */
    record Evidence(String url, String name, String description, String id) {}

    static CredentialFacts of(JsonNode credential) {
        JsonNode subject = first(credential.path("credentialSubject"));
        JsonNode achievement = subject.path("achievement");
        JsonNode criteria = achievement.path("criteria");
        JsonNode image = achievement.path("image");
        return new CredentialFacts(
                text(achievement.path("name")),
                text(achievement.path("description")),
                link(image.isTextual() ? image : image.path("id")),
                text(first(achievement.path("achievementType"))),
                text(criteria.path("narrative")),
                link(criteria.path("id")),
                texts(achievement.path("tag")),
                alignments(achievement.path("alignment")),
                text(achievement.path("creditsAvailable")),
                earnerName(subject.path("identifier")),
                text(subject.path("narrative")),
                evidence(credential.path("evidence")),
                text(
                        credential.path("issuer").isTextual()
                                ? null
                                : credential.path("issuer").path("name")),
                instant(credential.path("validFrom")),
                instant(credential.path("validUntil")));
    }

    private static String earnerName(JsonNode identifiers) {
        for (JsonNode identifier : list(identifiers)) {
            if ("name".equals(identifier.path("identityType").asText())
                    && !identifier.path("hashed").asBoolean(false)) {
                return text(identifier.path("identityHash"));
            }
        }
        return null;
    }

    private static List<Alignment> alignments(JsonNode alignments) {
        List<Alignment> result = new ArrayList<>();
        for (JsonNode a : list(alignments)) {
            String name = text(a.path("targetName"));
            if (name != null) {
                result.add(new Alignment(
                        name, link(a.path("targetUrl")), text(a.path("targetFramework")), text(a.path("targetCode"))));
            }
        }
        return List.copyOf(result);
    }

    private static List<Evidence> evidence(JsonNode evidence) {
        List<Evidence> result = new ArrayList<>();
        for (JsonNode e : list(evidence)) {
            String url = link(e.path("id"));
            String name = text(e.path("name"));
            if (url != null || name != null) {
                result.add(new Evidence(url, name, text(e.path("description")), text(e.path("id"))));
            }
        }
        return List.copyOf(result);
    }

    private static List<String> texts(JsonNode values) {
        List<String> result = new ArrayList<>();
        for (JsonNode value : list(values)) {
            String text = text(value);
            if (text != null) {
                result.add(text);
            }
        }
        return List.copyOf(result);
    }

    /** The node's elements when it is an array, else the node itself (JSON-LD lets one value stand for a list). */
    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(nodes::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            nodes.add(node);
        }
        return nodes;
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String link(JsonNode node) {
        String text = text(node);
        return text != null && (text.startsWith("https://") || text.startsWith("http://")) ? text : null;
    }

    private static Instant instant(JsonNode node) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
