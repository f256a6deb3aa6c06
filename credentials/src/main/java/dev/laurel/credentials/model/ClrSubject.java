package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learner of a {@link ClrCredential} and their record: the credentials it bundles ({@code verifiableCredential},
 * each an {@link AchievementCredential}, {@link EndorsementCredential}, nested {@link ClrCredential} or {@link
 * GenericCredential}), the achievements, and the associations between achievements.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["ClrSubject"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record ClrSubject(
        String id,
        OneOrMany<String> type,
        OneOrMany<IdentityObject> identifier,
        OneOrMany<Achievement> achievement,
        OneOrMany<VerifiableCredential> verifiableCredential,
        OneOrMany<Association> association,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public ClrSubject {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("ClrSubject");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .identifier(identifier)
                .achievement(achievement)
                .verifiableCredential(verifiableCredential)
                .association(association);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static ClrSubject read(JsonReading in) {
        return new ClrSubject(
                in.string("id"),
                in.strings("type"),
                in.objects("identifier", IdentityObject::read),
                in.objects("achievement", Achievement::read),
                in.objects("verifiableCredential", CredentialJson::readAny),
                in.objects("association", Association::read),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.objects("identifier", identifier, IdentityObject::write);
        out.objects("achievement", achievement, Achievement::write);
        out.objects("verifiableCredential", verifiableCredential, CredentialJson::writeAny);
        out.objects("association", association, Association::write);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link ClrSubject}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private OneOrMany<String> type;
        private OneOrMany<IdentityObject> identifier;
        private OneOrMany<Achievement> achievement;
        private OneOrMany<VerifiableCredential> verifiableCredential;
        private OneOrMany<Association> association;
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
        public Builder achievement(OneOrMany<Achievement> achievement) {
            this.achievement = achievement;
            return this;
        }

        /** Sets {@code achievement} to an array of these values. */
        public Builder achievement(Achievement... achievement) {
            return achievement(OneOrMany.many(achievement));
        }

        /** Sets {@code verifiableCredential}. */
        public Builder verifiableCredential(OneOrMany<VerifiableCredential> verifiableCredential) {
            this.verifiableCredential = verifiableCredential;
            return this;
        }

        /** Sets {@code verifiableCredential} to an array of these credentials. */
        public Builder verifiableCredential(VerifiableCredential... verifiableCredential) {
            return verifiableCredential(OneOrMany.many(verifiableCredential));
        }

        /** Sets {@code association}. */
        public Builder association(OneOrMany<Association> association) {
            this.association = association;
            return this;
        }

        /** Sets {@code association} to an array of these values. */
        public Builder association(Association... association) {
            return association(OneOrMany.many(association));
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public ClrSubject build() {
            return new ClrSubject(id, type, identifier, achievement, verifiableCredential, association, extensions);
        }
    }
}
