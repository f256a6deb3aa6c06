package dev.laurel.credentials.jsonld;

import static dev.laurel.credentials.jsonld.RandomParts.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Open Badges 3.0 / CLR 2.0 data model's classes, filled from {@link RandomParts}. */
final class RandomModel {

    private final RandomParts parts;
    private int depth;

    RandomModel(RandomParts parts) {
        this.parts = parts;
    }

    ObjectNode achievementCredential(ArrayNode contexts) {
        ObjectNode credential = parts.object();
        credential.set("@context", contexts);
        credential.put("id", parts.iri());
        credential.set(
                "type",
                JSON.arrayNode()
                        .add("VerifiableCredential")
                        .add(parts.chance(0.5) ? "OpenBadgeCredential" : "AchievementCredential"));
        credential.set("name", parts.text());
        parts.maybe(credential, "description", 0.5, parts::text);
        parts.maybe(credential, "image", 0.4, parts::image);
        credential.set("issuer", parts.chance(0.3) ? JSON.textNode(parts.iri()) : profile());
        credential.set("validFrom", parts.dateTime());
        parts.maybe(credential, "validUntil", 0.3, parts::dateTime);
        parts.maybe(credential, "awardedDate", 0.3, parts::dateTime);
        credential.set("credentialSubject", achievementSubject());
        parts.maybe(credential, "endorsement", 0.15, () -> parts.oneOrMany(this::endorsement));
        parts.maybe(credential, "evidence", 0.3, () -> parts.oneOrMany(this::evidence));
        parts.maybe(credential, "credentialSchema", 0.4, this::credentialSchema);
        parts.maybe(credential, "credentialStatus", 0.4, this::credentialStatus);
        parts.maybe(credential, "refreshService", 0.1, () -> typed(parts.iri(), "1EdTechCredentialRefresh"));
        parts.maybe(
                credential,
                "termsOfUse",
                0.1,
                () -> typed(parts.iri(), "https://example.org/vocab#TrustFrameworkPolicy"));
        parts.maybe(credential, "proof", 0.6, () -> parts.oneOrMany(() -> RandomCredentials.proof(parts)));
        return credential;
    }

    ObjectNode clr() {
        ObjectNode clr = parts.object();
        clr.set("@context", RandomCredentials.contexts(parts, RandomCredentials.CLR, RandomCredentials.OB));
        clr.put("id", parts.iri());
        clr.set("type", JSON.arrayNode().add("VerifiableCredential").add("ClrCredential"));
        clr.set("name", parts.text());
        clr.set("issuer", profile());
        clr.set("validFrom", parts.dateTime());
        ObjectNode subject = parts.object();
        subject.put("id", parts.iri());
        subject.set("type", parts.type("ClrSubject"));
        ArrayNode credentials = JSON.arrayNode();
        int count = 1 + parts.random.nextInt(3);
        for (int i = 0; i < count; i++) {
            credentials.add(achievementCredential(RandomCredentials.contexts(parts, RandomCredentials.OB)));
        }
        subject.set("verifiableCredential", credentials);
        parts.maybe(subject, "achievement", 0.4, () -> parts.oneOrMany(this::achievement));
        parts.maybe(subject, "association", 0.3, this::association);
        clr.set("credentialSubject", subject);
        parts.maybe(clr, "partial", 0.3, () -> JSON.booleanNode(parts.chance(0.5)));
        parts.maybe(clr, "proof", 0.6, () -> RandomCredentials.proof(parts));
        return clr;
    }

    private JsonNode association() {
        ObjectNode association = parts.object();
        association.put("type", "Association");
        association.put("associationType", parts.pick(new String[] {"isChildOf", "isParentOf", "precedes"}));
        association.put("sourceId", parts.iri());
        association.put("targetId", parts.iri());
        return association;
    }

    private ObjectNode achievementSubject() {
        ObjectNode subject = parts.object();
        if (parts.chance(0.8)) {
            subject.put("id", parts.iri());
        } else {
            subject.set("identifier", parts.oneOrMany(parts::identityObject));
        }
        subject.set("type", parts.type("AchievementSubject"));
        subject.set("achievement", achievement());
        parts.maybe(subject, "activityStartDate", 0.2, parts::dateTime);
        parts.maybe(subject, "activityEndDate", 0.2, parts::dateTime);
        parts.maybe(subject, "creditsEarned", 0.3, parts::number);
        parts.maybe(subject, "licenseNumber", 0.1, () -> JSON.textNode(parts.words()));
        parts.maybe(subject, "role", 0.2, parts::text);
        parts.maybe(subject, "term", 0.2, parts::text);
        parts.maybe(subject, "narrative", 0.2, parts::text);
        parts.maybe(subject, "image", 0.2, parts::image);
        parts.maybe(subject, "source", 0.2, this::profile);
        parts.maybe(subject, "result", 0.4, () -> parts.oneOrMany(this::result));
        return subject;
    }

    ObjectNode achievement() {
        ObjectNode achievement = parts.object();
        achievement.put("id", parts.iri());
        achievement.set("type", parts.type("Achievement"));
        achievement.set("name", parts.text());
        achievement.set("description", parts.text());
        ObjectNode criteria = parts.object();
        parts.maybe(criteria, "id", 0.5, () -> JSON.textNode(parts.iri()));
        parts.maybe(criteria, "narrative", 0.7, parts::text);
        achievement.set("criteria", criteria);
        parts.maybe(
                achievement,
                "achievementType",
                0.5,
                () -> JSON.textNode(parts.pick(new String[] {"Badge", "Certificate", "Competency", "ext:Custom"})));
        parts.maybe(achievement, "image", 0.5, parts::image);
        parts.maybe(achievement, "creator", 0.3, this::profile);
        parts.maybe(achievement, "creditsAvailable", 0.3, parts::number);
        parts.maybe(achievement, "alignment", 0.4, () -> parts.oneOrMany(parts::alignment));
        parts.maybe(achievement, "fieldOfStudy", 0.2, parts::text);
        parts.maybe(achievement, "humanCode", 0.2, () -> JSON.textNode(parts.words()));
        parts.maybe(achievement, "inLanguage", 0.2, () -> JSON.textNode("en"));
        parts.maybe(achievement, "specialization", 0.2, parts::text);
        parts.maybe(achievement, "tag", 0.4, () -> parts.oneOrMany(() -> JSON.textNode(parts.words())));
        parts.maybe(achievement, "version", 0.2, () -> JSON.textNode("1." + parts.random.nextInt(9)));
        parts.maybe(achievement, "otherIdentifier", 0.2, () -> parts.oneOrMany(parts::identifierEntry));
        parts.maybe(achievement, "related", 0.2, () -> parts.oneOrMany(this::related));
        parts.maybe(achievement, "resultDescription", 0.3, () -> parts.oneOrMany(this::resultDescription));
        parts.maybe(achievement, "endorsement", 0.1, () -> parts.oneOrMany(this::endorsement));
        return achievement;
    }

    private JsonNode related() {
        ObjectNode related = parts.object();
        related.put("id", parts.iri());
        related.set("type", parts.type("Related"));
        parts.maybe(related, "inLanguage", 0.5, () -> JSON.textNode("de"));
        parts.maybe(related, "version", 0.5, () -> JSON.textNode("2"));
        return related;
    }

    private JsonNode resultDescription() {
        ObjectNode description = parts.object();
        description.put("id", parts.iri());
        description.set("type", parts.type("ResultDescription"));
        description.set("name", parts.text());
        description.put("resultType", parts.pick(new String[] {"LetterGrade", "RubricCriterionLevel", "ext:Score"}));
        parts.maybe(description, "allowedValue", 0.4, () -> parts.oneOrMany(() -> JSON.textNode(parts.words())));
        parts.maybe(description, "requiredLevel", 0.3, () -> JSON.textNode(parts.iri()));
        parts.maybe(description, "requiredValue", 0.3, () -> JSON.textNode(parts.words()));
        parts.maybe(description, "valueMax", 0.3, () -> JSON.textNode("100"));
        parts.maybe(description, "valueMin", 0.3, () -> JSON.textNode("0"));
        parts.maybe(description, "alignment", 0.2, () -> parts.oneOrMany(parts::alignment));
        parts.maybe(
                description,
                "rubricCriterionLevel",
                0.3,
                () -> parts.oneOrMany(() -> {
                    ObjectNode level = parts.object();
                    level.put("id", parts.iri());
                    level.set("type", parts.type("RubricCriterionLevel"));
                    level.set("name", parts.text());
                    parts.maybe(level, "level", 0.5, parts::text);
                    parts.maybe(level, "points", 0.5, () -> JSON.textNode(String.valueOf(parts.random.nextInt(10))));
                    parts.maybe(level, "description", 0.5, parts::text);
                    parts.maybe(level, "alignment", 0.2, () -> parts.oneOrMany(parts::alignment));
                    return level;
                }));
        return description;
    }

    private JsonNode result() {
        ObjectNode result = parts.object();
        result.set("type", parts.type("Result"));
        parts.maybe(result, "resultDescription", 0.6, () -> JSON.textNode(parts.iri()));
        parts.maybe(result, "achievedLevel", 0.3, () -> JSON.textNode(parts.iri()));
        parts.maybe(result, "status", 0.3, () -> JSON.textNode(parts.pick(new String[] {"Completed", "Enrolled"})));
        parts.maybe(result, "value", 0.5, () -> JSON.textNode(parts.words()));
        parts.maybe(result, "alignment", 0.2, () -> parts.oneOrMany(parts::alignment));
        return result;
    }

    private JsonNode evidence() {
        ObjectNode evidence = parts.object();
        parts.maybe(evidence, "id", 0.6, () -> JSON.textNode(parts.iri()));
        evidence.set("type", parts.type("Evidence"));
        parts.maybe(evidence, "narrative", 0.5, parts::text);
        parts.maybe(evidence, "name", 0.5, parts::text);
        parts.maybe(evidence, "description", 0.5, parts::text);
        parts.maybe(evidence, "genre", 0.3, parts::text);
        parts.maybe(evidence, "audience", 0.3, parts::text);
        return evidence;
    }

    JsonNode profile() {
        ObjectNode profile = parts.object();
        profile.put("id", parts.iri());
        profile.set("type", parts.type("Profile"));
        parts.maybe(profile, "name", 0.8, parts::text);
        parts.maybe(profile, "url", 0.4, () -> JSON.textNode(parts.iri()));
        parts.maybe(profile, "email", 0.3, () -> JSON.textNode("info@example.edu"));
        parts.maybe(profile, "phone", 0.2, () -> JSON.textNode("+41 44 000 00 00"));
        parts.maybe(profile, "description", 0.3, parts::text);
        parts.maybe(profile, "image", 0.3, parts::image);
        parts.maybe(profile, "address", 0.2, parts::address);
        parts.maybe(profile, "otherIdentifier", 0.2, () -> parts.oneOrMany(parts::identifierEntry));
        parts.maybe(profile, "official", 0.1, parts::text);
        parts.maybe(profile, "familyName", 0.1, parts::text);
        parts.maybe(profile, "dateOfBirth", 0.1, parts::dateTime);
        if (depth < 2) {
            depth++;
            parts.maybe(profile, "parentOrg", 0.15, this::profile);
            parts.maybe(profile, "endorsement", 0.05, () -> parts.oneOrMany(this::endorsement));
            depth--;
        }
        return profile;
    }

    private JsonNode endorsement() {
        depth++;
        ObjectNode endorsement = parts.object();
        endorsement.set("@context", RandomCredentials.contexts(parts, RandomCredentials.OB));
        endorsement.put("id", parts.iri());
        endorsement.set("type", JSON.arrayNode().add("VerifiableCredential").add("EndorsementCredential"));
        endorsement.set("name", parts.text());
        endorsement.set("issuer", depth < 3 ? profile() : JSON.textNode(parts.iri()));
        endorsement.set("validFrom", parts.dateTime());
        ObjectNode subject = parts.object();
        subject.put("id", parts.iri());
        subject.set("type", parts.type("EndorsementSubject"));
        parts.maybe(subject, "endorsementComment", 0.7, parts::text);
        endorsement.set("credentialSubject", subject);
        parts.maybe(endorsement, "credentialStatus", 0.3, this::credentialStatus);
        endorsement.set("proof", parts.oneOrMany(() -> RandomCredentials.proof(parts)));
        depth--;
        return endorsement;
    }

    private JsonNode credentialSchema() {
        return parts.oneOrMany(() -> typed(parts.iri(), "1EdTechJsonSchemaValidator2019"));
    }

    private JsonNode credentialStatus() {
        if (parts.chance(0.5)) {
            return typed(parts.iri(), "1EdTechRevocationList");
        }
        ObjectNode entry = typed(
                "https://example.edu/status/" + parts.random.nextInt(9) + "#" + parts.random.nextInt(1000),
                "BitstringStatusListEntry");
        entry.put("statusPurpose", parts.chance(0.8) ? "revocation" : "suspension");
        entry.put("statusListIndex", String.valueOf(parts.random.nextInt(131_072)));
        entry.put("statusListCredential", parts.iri());
        return entry;
    }

    private ObjectNode typed(String id, String type) {
        ObjectNode node = parts.object();
        node.put("id", id);
        node.put("type", type);
        return node;
    }
}
