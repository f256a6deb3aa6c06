package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Open Badges 3.0 / CLR 2.0 Achievement: the accomplishment a credential recognizes (a badge, course, competency,
 * degree …), with the {@link Criteria} for earning it.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["Achievement"]}. Skills and competencies are expressed as
 * {@link Alignment}s to a framework (and {@code achievementType} {@code "Competency"}).
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Achievement(
        String id,
        OneOrMany<String> type,
        String name,
        String description,
        String achievementType,
        Criteria criteria,
        ImageRef image,
        Profile creator,
        BigDecimal creditsAvailable,
        OneOrMany<Alignment> alignment,
        String fieldOfStudy,
        String humanCode,
        String inLanguage,
        String specialization,
        OneOrMany<String> tag,
        String version,
        OneOrMany<IdentifierEntry> otherIdentifier,
        OneOrMany<Related> related,
        OneOrMany<ResultDescription> resultDescription,
        OneOrMany<EndorsementCredential> endorsement,
        OneOrMany<String> endorsementJwt,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Achievement {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("Achievement");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .name(name)
                .description(description)
                .achievementType(achievementType)
                .criteria(criteria)
                .image(image)
                .creator(creator)
                .creditsAvailable(creditsAvailable)
                .alignment(alignment)
                .fieldOfStudy(fieldOfStudy)
                .humanCode(humanCode)
                .inLanguage(inLanguage)
                .specialization(specialization)
                .tag(tag)
                .version(version)
                .otherIdentifier(otherIdentifier)
                .related(related)
                .resultDescription(resultDescription)
                .endorsement(endorsement)
                .endorsementJwt(endorsementJwt);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Achievement read(JsonReading in) {
        return new Achievement(
                in.string("id"),
                in.strings("type"),
                in.string("name"),
                in.string("description"),
                in.string("achievementType"),
                in.object("criteria", Criteria::read),
                in.imageRef("image"),
                in.object("creator", Profile::read),
                in.number("creditsAvailable"),
                in.objects("alignment", Alignment::read),
                in.string("fieldOfStudy"),
                in.string("humanCode"),
                in.string("inLanguage"),
                in.string("specialization"),
                in.strings("tag"),
                in.string("version"),
                in.objects("otherIdentifier", IdentifierEntry::read),
                in.objects("related", Related::read),
                in.objects("resultDescription", ResultDescription::read),
                in.objects("endorsement", EndorsementCredential::read),
                in.strings("endorsementJwt"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.string("name", name);
        out.string("description", description);
        out.string("achievementType", achievementType);
        out.object("criteria", criteria, Criteria::write);
        out.imageRef("image", image);
        out.object("creator", creator, Profile::write);
        out.number("creditsAvailable", creditsAvailable);
        out.objects("alignment", alignment, Alignment::write);
        out.string("fieldOfStudy", fieldOfStudy);
        out.string("humanCode", humanCode);
        out.string("inLanguage", inLanguage);
        out.string("specialization", specialization);
        out.strings("tag", tag);
        out.string("version", version);
        out.objects("otherIdentifier", otherIdentifier, IdentifierEntry::write);
        out.objects("related", related, Related::write);
        out.objects("resultDescription", resultDescription, ResultDescription::write);
        out.objects("endorsement", endorsement, EndorsementCredential::write);
        out.strings("endorsementJwt", endorsementJwt);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Achievement}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private OneOrMany<String> type;
        private String name;
        private String description;
        private String achievementType;
        private Criteria criteria;
        private ImageRef image;
        private Profile creator;
        private BigDecimal creditsAvailable;
        private OneOrMany<Alignment> alignment;
        private String fieldOfStudy;
        private String humanCode;
        private String inLanguage;
        private String specialization;
        private OneOrMany<String> tag;
        private String version;
        private OneOrMany<IdentifierEntry> otherIdentifier;
        private OneOrMany<Related> related;
        private OneOrMany<ResultDescription> resultDescription;
        private OneOrMany<EndorsementCredential> endorsement;
        private OneOrMany<String> endorsementJwt;
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

        /** Sets {@code name}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Sets {@code achievementType}. */
        public Builder achievementType(String achievementType) {
            this.achievementType = achievementType;
            return this;
        }

        /** Sets {@code criteria}. */
        public Builder criteria(Criteria criteria) {
            this.criteria = criteria;
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

        /** Sets {@code creator}. */
        public Builder creator(Profile creator) {
            this.creator = creator;
            return this;
        }

        /** Sets {@code creditsAvailable}. */
        public Builder creditsAvailable(BigDecimal creditsAvailable) {
            this.creditsAvailable = creditsAvailable;
            return this;
        }

        /** Sets {@code creditsAvailable}; {@code 3.0} is written as {@code 3.0}. */
        public Builder creditsAvailable(double creditsAvailable) {
            return creditsAvailable(BigDecimal.valueOf(creditsAvailable));
        }

        /** Sets {@code alignment}. */
        public Builder alignment(OneOrMany<Alignment> alignment) {
            this.alignment = alignment;
            return this;
        }

        /** Sets {@code alignment} to an array of these values. */
        public Builder alignment(Alignment... alignment) {
            return alignment(OneOrMany.many(alignment));
        }

        /** Sets {@code fieldOfStudy}. */
        public Builder fieldOfStudy(String fieldOfStudy) {
            this.fieldOfStudy = fieldOfStudy;
            return this;
        }

        /** Sets {@code humanCode}. */
        public Builder humanCode(String humanCode) {
            this.humanCode = humanCode;
            return this;
        }

        /** Sets {@code inLanguage}. */
        public Builder inLanguage(String inLanguage) {
            this.inLanguage = inLanguage;
            return this;
        }

        /** Sets {@code specialization}. */
        public Builder specialization(String specialization) {
            this.specialization = specialization;
            return this;
        }

        /** Sets {@code tag}. */
        public Builder tag(OneOrMany<String> tag) {
            this.tag = tag;
            return this;
        }

        /** Sets {@code tag} to an array of these values. */
        public Builder tag(String... tag) {
            return tag(OneOrMany.many(tag));
        }

        /** Sets {@code version}. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Sets {@code otherIdentifier}. */
        public Builder otherIdentifier(OneOrMany<IdentifierEntry> otherIdentifier) {
            this.otherIdentifier = otherIdentifier;
            return this;
        }

        /** Sets {@code otherIdentifier} to an array of these values. */
        public Builder otherIdentifier(IdentifierEntry... otherIdentifier) {
            return otherIdentifier(OneOrMany.many(otherIdentifier));
        }

        /** Sets {@code related}. */
        public Builder related(OneOrMany<Related> related) {
            this.related = related;
            return this;
        }

        /** Sets {@code related} to an array of these values. */
        public Builder related(Related... related) {
            return related(OneOrMany.many(related));
        }

        /** Sets {@code resultDescription}. */
        public Builder resultDescription(OneOrMany<ResultDescription> resultDescription) {
            this.resultDescription = resultDescription;
            return this;
        }

        /** Sets {@code resultDescription} to an array of these values. */
        public Builder resultDescription(ResultDescription... resultDescription) {
            return resultDescription(OneOrMany.many(resultDescription));
        }

        /** Sets {@code endorsement}. */
        public Builder endorsement(OneOrMany<EndorsementCredential> endorsement) {
            this.endorsement = endorsement;
            return this;
        }

        /** Sets {@code endorsement} to an array of these values. */
        public Builder endorsement(EndorsementCredential... endorsement) {
            return endorsement(OneOrMany.many(endorsement));
        }

        /** Sets {@code endorsementJwt}. */
        public Builder endorsementJwt(OneOrMany<String> endorsementJwt) {
            this.endorsementJwt = endorsementJwt;
            return this;
        }

        /** Sets {@code endorsementJwt} to an array of these values. */
        public Builder endorsementJwt(String... endorsementJwt) {
            return endorsementJwt(OneOrMany.many(endorsementJwt));
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public Achievement build() {
            return new Achievement(
                    id,
                    type,
                    name,
                    description,
                    achievementType,
                    criteria,
                    image,
                    creator,
                    creditsAvailable,
                    alignment,
                    fieldOfStudy,
                    humanCode,
                    inLanguage,
                    specialization,
                    tag,
                    version,
                    otherIdentifier,
                    related,
                    resultDescription,
                    endorsement,
                    endorsementJwt,
                    extensions);
        }
    }
}
