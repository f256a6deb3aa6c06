package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A postal address of a profile, optionally with {@link GeoCoordinates}.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["Address"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Address(
        OneOrMany<String> type,
        String addressCountry,
        String addressCountryCode,
        String addressRegion,
        String addressLocality,
        String streetAddress,
        String postOfficeBoxNumber,
        String postalCode,
        GeoCoordinates geo,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Address {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("Address");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .type(type)
                .addressCountry(addressCountry)
                .addressCountryCode(addressCountryCode)
                .addressRegion(addressRegion)
                .addressLocality(addressLocality)
                .streetAddress(streetAddress)
                .postOfficeBoxNumber(postOfficeBoxNumber)
                .postalCode(postalCode)
                .geo(geo);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Address read(JsonReading in) {
        return new Address(
                in.strings("type"),
                in.string("addressCountry"),
                in.string("addressCountryCode"),
                in.string("addressRegion"),
                in.string("addressLocality"),
                in.string("streetAddress"),
                in.string("postOfficeBoxNumber"),
                in.string("postalCode"),
                in.object("geo", GeoCoordinates::read),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.strings("type", type);
        out.string("addressCountry", addressCountry);
        out.string("addressCountryCode", addressCountryCode);
        out.string("addressRegion", addressRegion);
        out.string("addressLocality", addressLocality);
        out.string("streetAddress", streetAddress);
        out.string("postOfficeBoxNumber", postOfficeBoxNumber);
        out.string("postalCode", postalCode);
        out.object("geo", geo, GeoCoordinates::write);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Address}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private OneOrMany<String> type;
        private String addressCountry;
        private String addressCountryCode;
        private String addressRegion;
        private String addressLocality;
        private String streetAddress;
        private String postOfficeBoxNumber;
        private String postalCode;
        private GeoCoordinates geo;
        private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code type}. */
        public Builder type(OneOrMany<String> type) {
            this.type = type;
            return this;
        }

        /** Sets {@code type} to an array of these values. */
        public Builder type(String... type) {
            return type(OneOrMany.many(type));
        }

        /** Sets {@code addressCountry}. */
        public Builder addressCountry(String addressCountry) {
            this.addressCountry = addressCountry;
            return this;
        }

        /** Sets {@code addressCountryCode}. */
        public Builder addressCountryCode(String addressCountryCode) {
            this.addressCountryCode = addressCountryCode;
            return this;
        }

        /** Sets {@code addressRegion}. */
        public Builder addressRegion(String addressRegion) {
            this.addressRegion = addressRegion;
            return this;
        }

        /** Sets {@code addressLocality}. */
        public Builder addressLocality(String addressLocality) {
            this.addressLocality = addressLocality;
            return this;
        }

        /** Sets {@code streetAddress}. */
        public Builder streetAddress(String streetAddress) {
            this.streetAddress = streetAddress;
            return this;
        }

        /** Sets {@code postOfficeBoxNumber}. */
        public Builder postOfficeBoxNumber(String postOfficeBoxNumber) {
            this.postOfficeBoxNumber = postOfficeBoxNumber;
            return this;
        }

        /** Sets {@code postalCode}. */
        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        /** Sets {@code geo}. */
        public Builder geo(GeoCoordinates geo) {
            this.geo = geo;
            return this;
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public Address build() {
            return new Address(
                    type,
                    addressCountry,
                    addressCountryCode,
                    addressRegion,
                    addressLocality,
                    streetAddress,
                    postOfficeBoxNumber,
                    postalCode,
                    geo,
                    extensions);
        }
    }
}
