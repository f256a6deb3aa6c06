package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Profile: a person or organization that issues credentials, creates achievements or assesses them (the {@code
 * issuer}, {@code creator}, {@code source} and {@code parentOrg} properties), or a standalone profile document.
 *
 * <p>As an {@code issuer} a profile may also be a bare IRI: see {@link ProfileRef}. {@code context} is set only on a
 * standalone document. {@link #builder()} presets {@code type} to {@code ["Profile"]}.
 *
 * <p>Each component is the JSON property of the same name ({@code context} is {@code @context}), null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Profile(
        OneOrMany<ContextEntry> context,
        String id,
        OneOrMany<String> type,
        String name,
        String description,
        String url,
        String email,
        String phone,
        ImageRef image,
        Address address,
        String official,
        Profile parentOrg,
        OneOrMany<IdentifierEntry> otherIdentifier,
        String givenName,
        String familyName,
        String additionalName,
        String patronymicName,
        String honorificPrefix,
        String honorificSuffix,
        String familyNamePrefix,
        LocalDate dateOfBirth,
        OneOrMany<EndorsementCredential> endorsement,
        OneOrMany<String> endorsementJwt,
        Map<String, JsonNode> extensions)
        implements ProfileRef {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Profile {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("Profile");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .context(context)
                .id(id)
                .type(type)
                .name(name)
                .description(description)
                .url(url)
                .email(email)
                .phone(phone)
                .image(image)
                .address(address)
                .official(official)
                .parentOrg(parentOrg)
                .otherIdentifier(otherIdentifier)
                .givenName(givenName)
                .familyName(familyName)
                .additionalName(additionalName)
                .patronymicName(patronymicName)
                .honorificPrefix(honorificPrefix)
                .honorificSuffix(honorificSuffix)
                .familyNamePrefix(familyNamePrefix)
                .dateOfBirth(dateOfBirth)
                .endorsement(endorsement)
                .endorsementJwt(endorsementJwt);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Profile read(JsonReading in) {
        return new Profile(
                in.context(),
                in.string("id"),
                in.strings("type"),
                in.string("name"),
                in.string("description"),
                in.string("url"),
                in.string("email"),
                in.string("phone"),
                in.imageRef("image"),
                in.object("address", Address::read),
                in.string("official"),
                in.object("parentOrg", Profile::read),
                in.objects("otherIdentifier", IdentifierEntry::read),
                in.string("givenName"),
                in.string("familyName"),
                in.string("additionalName"),
                in.string("patronymicName"),
                in.string("honorificPrefix"),
                in.string("honorificSuffix"),
                in.string("familyNamePrefix"),
                in.date("dateOfBirth"),
                in.objects("endorsement", EndorsementCredential::read),
                in.strings("endorsementJwt"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.context(context);
        out.string("id", id);
        out.strings("type", type);
        out.string("name", name);
        out.string("description", description);
        out.string("url", url);
        out.string("email", email);
        out.string("phone", phone);
        out.imageRef("image", image);
        out.object("address", address, Address::write);
        out.string("official", official);
        out.object("parentOrg", parentOrg, Profile::write);
        out.objects("otherIdentifier", otherIdentifier, IdentifierEntry::write);
        out.string("givenName", givenName);
        out.string("familyName", familyName);
        out.string("additionalName", additionalName);
        out.string("patronymicName", patronymicName);
        out.string("honorificPrefix", honorificPrefix);
        out.string("honorificSuffix", honorificSuffix);
        out.string("familyNamePrefix", familyNamePrefix);
        out.date("dateOfBirth", dateOfBirth);
        out.objects("endorsement", endorsement, EndorsementCredential::write);
        out.strings("endorsementJwt", endorsementJwt);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Profile}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private OneOrMany<ContextEntry> context;
        private String id;
        private OneOrMany<String> type;
        private String name;
        private String description;
        private String url;
        private String email;
        private String phone;
        private ImageRef image;
        private Address address;
        private String official;
        private Profile parentOrg;
        private OneOrMany<IdentifierEntry> otherIdentifier;
        private String givenName;
        private String familyName;
        private String additionalName;
        private String patronymicName;
        private String honorificPrefix;
        private String honorificSuffix;
        private String familyNamePrefix;
        private LocalDate dateOfBirth;
        private OneOrMany<EndorsementCredential> endorsement;
        private OneOrMany<String> endorsementJwt;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code @context}. */
        public Builder context(OneOrMany<ContextEntry> context) {
            this.context = context;
            return this;
        }

        /** Sets {@code @context} to an array of these context IRIs. */
        public Builder context(String... iris) {
            return context(ContextEntry.iris(iris));
        }

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

        /** Sets {@code url}. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Sets {@code email}. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Sets {@code phone}. */
        public Builder phone(String phone) {
            this.phone = phone;
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

        /** Sets {@code address}. */
        public Builder address(Address address) {
            this.address = address;
            return this;
        }

        /** Sets {@code official}. */
        public Builder official(String official) {
            this.official = official;
            return this;
        }

        /** Sets {@code parentOrg}. */
        public Builder parentOrg(Profile parentOrg) {
            this.parentOrg = parentOrg;
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

        /** Sets {@code givenName}. */
        public Builder givenName(String givenName) {
            this.givenName = givenName;
            return this;
        }

        /** Sets {@code familyName}. */
        public Builder familyName(String familyName) {
            this.familyName = familyName;
            return this;
        }

        /** Sets {@code additionalName}. */
        public Builder additionalName(String additionalName) {
            this.additionalName = additionalName;
            return this;
        }

        /** Sets {@code patronymicName}. */
        public Builder patronymicName(String patronymicName) {
            this.patronymicName = patronymicName;
            return this;
        }

        /** Sets {@code honorificPrefix}. */
        public Builder honorificPrefix(String honorificPrefix) {
            this.honorificPrefix = honorificPrefix;
            return this;
        }

        /** Sets {@code honorificSuffix}. */
        public Builder honorificSuffix(String honorificSuffix) {
            this.honorificSuffix = honorificSuffix;
            return this;
        }

        /** Sets {@code familyNamePrefix}. */
        public Builder familyNamePrefix(String familyNamePrefix) {
            this.familyNamePrefix = familyNamePrefix;
            return this;
        }

        /** Sets {@code dateOfBirth}. */
        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
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
        public Profile build() {
            return new Profile(
                    context,
                    id,
                    type,
                    name,
                    description,
                    url,
                    email,
                    phone,
                    image,
                    address,
                    official,
                    parentOrg,
                    otherIdentifier,
                    givenName,
                    familyName,
                    additionalName,
                    patronymicName,
                    honorificPrefix,
                    honorificSuffix,
                    familyNamePrefix,
                    dateOfBirth,
                    endorsement,
                    endorsementJwt,
                    extensions);
        }
    }
}
