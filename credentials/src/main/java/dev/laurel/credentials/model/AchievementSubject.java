package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The earner of an {@link AchievementCredential} and what they achieved: the credential's {@code credentialSubject}.
 *
 * <p>The earner is named by {@code id} (for example a DID) or by {@code identifier} ({@link IdentityObject}s such as a
 * hashed email address). {@link #builder()} presets {@code type} to {@code ["AchievementSubject"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record AchievementSubject(
        String id,
        OneOrMany<String> type,
        OneOrMany<IdentityObject> identifier,
        Achievement achievement,
        DateTime activityStartDate,
        DateTime activityEndDate,
        BigDecimal creditsEarned,
        String licenseNumber,
        String role,
        String term,
        String narrative,
        OneOrMany<Result> result,
        Profile source,
        ImageRef image,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public AchievementSubject {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("AchievementSubject");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .identifier(identifier)
                .achievement(achievement)
                .activityStartDate(activityStartDate)
                .activityEndDate(activityEndDate)
                .creditsEarned(creditsEarned)
                .licenseNumber(licenseNumber)
                .role(role)
                .term(term)
                .narrative(narrative)
                .result(result)
                .source(source)
                .image(image);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static AchievementSubject read(JsonReading in) {
        return new AchievementSubject(
                in.string("id"),
                in.strings("type"),
                in.objects("identifier", IdentityObject::read),
                in.object("achievement", Achievement::read),
                in.dateTime("activityStartDate"),
                in.dateTime("activityEndDate"),
                in.number("creditsEarned"),
                in.string("licenseNumber"),
                in.string("role"),
                in.string("term"),
                in.string("narrative"),
                in.objects("result", Result::read),
                in.object("source", Profile::read),
                in.imageRef("image"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.objects("identifier", identifier, IdentityObject::write);
        out.object("achievement", achievement, Achievement::write);
        out.dateTime("activityStartDate", activityStartDate);
        out.dateTime("activityEndDate", activityEndDate);
        out.number("creditsEarned", creditsEarned);
        out.string("licenseNumber", licenseNumber);
        out.string("role", role);
        out.string("term", term);
        out.string("narrative", narrative);
        out.objects("result", result, Result::write);
        out.object("source", source, Profile::write);
        out.imageRef("image", image);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link AchievementSubject}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private OneOrMany<String> type;
        private OneOrMany<IdentityObject> identifier;
        private Achievement achievement;
        private DateTime activityStartDate;
        private DateTime activityEndDate;
        private BigDecimal creditsEarned;
        private String licenseNumber;
        private String role;
        private String term;
        private String narrative;
        private OneOrMany<Result> result;
        private Profile source;
        private ImageRef image;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(OneOrMany<String> type) {
            this.type = type;
            return this;
        }

        /** Sets {@code type} to an array of these values. */
        public Builder type(String... type) {
            return type(OneOrMany.many(type));
        }

        /** Sets {@code identifier}. */
        public Builder identifier(OneOrMany<IdentityObject> identifier) {
            this.identifier = identifier;
            return this;
        }

        /** Sets {@code identifier} to an array of these values. */
        public Builder identifier(IdentityObject... identifier) {
            return identifier(OneOrMany.many(identifier));
        }

        /** Sets {@code achievement}. */
        public Builder achievement(Achievement achievement) {
            this.achievement = achievement;
            return this;
        }

        /** Sets {@code activityStartDate}. */
        public Builder activityStartDate(DateTime activityStartDate) {
            this.activityStartDate = activityStartDate;
            return this;
        }

        /** Sets {@code activityStartDate} to this instant in UTC. */
        public Builder activityStartDate(Instant activityStartDate) {
            return activityStartDate(DateTime.of(activityStartDate));
        }

        /** Sets {@code activityEndDate}. */
        public Builder activityEndDate(DateTime activityEndDate) {
            this.activityEndDate = activityEndDate;
            return this;
        }

        /** Sets {@code activityEndDate} to this instant in UTC. */
        public Builder activityEndDate(Instant activityEndDate) {
            return activityEndDate(DateTime.of(activityEndDate));
        }

        /** Sets {@code creditsEarned}. */
        public Builder creditsEarned(BigDecimal creditsEarned) {
            this.creditsEarned = creditsEarned;
            return this;
        }

        /** Sets {@code creditsEarned}; {@code 3.0} is written as {@code 3.0}. */
        public Builder creditsEarned(double creditsEarned) {
            return creditsEarned(BigDecimal.valueOf(creditsEarned));
        }

        /** Sets {@code licenseNumber}. */
        public Builder licenseNumber(String licenseNumber) {
            this.licenseNumber = licenseNumber;
            return this;
        }

        /** Sets {@code role}. */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /** Sets {@code term}. */
        public Builder term(String term) {
            this.term = term;
            return this;
        }

        /** Sets {@code narrative}. */
        public Builder narrative(String narrative) {
            this.narrative = narrative;
            return this;
        }

        /** Sets {@code result}. */
        public Builder result(OneOrMany<Result> result) {
            this.result = result;
            return this;
        }

        /** Sets {@code result} to an array of these values. */
        public Builder result(Result... result) {
            return result(OneOrMany.many(result));
        }

        /** Sets {@code source}. */
        public Builder source(Profile source) {
            this.source = source;
            return this;
        }

        /** Sets {@code image}. */
        public Builder image(ImageRef image) {
            this.image = image;
            return this;
        }

        /** Sets {@code image} to an Image object with just this IRI or data URI. */
        public Builder image(String imageId) {
            return image(Image.of(imageId));
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public AchievementSubject build() {
            return new AchievementSubject(
                    id,
                    type,
                    identifier,
                    achievement,
                    activityStartDate,
                    activityEndDate,
                    creditsEarned,
                    licenseNumber,
                    role,
                    term,
                    narrative,
                    result,
                    source,
                    image,
                    extensions);
        }
    }
}
