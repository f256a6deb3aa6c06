package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evidence of the work that earned an achievement: a web page or data URI ({@code id}) and/or a narrative.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["Evidence"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Evidence(
        String id,
        OneOrMany<String> type,
        String narrative,
        String name,
        String description,
        String genre,
        String audience,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Evidence {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("Evidence");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .narrative(narrative)
                .name(name)
                .description(description)
                .genre(genre)
                .audience(audience);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Evidence read(JsonReading in) {
        return new Evidence(
                in.string("id"),
                in.strings("type"),
                in.string("narrative"),
                in.string("name"),
                in.string("description"),
                in.string("genre"),
                in.string("audience"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.string("narrative", narrative);
        out.string("name", name);
        out.string("description", description);
        out.string("genre", genre);
        out.string("audience", audience);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Evidence}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private OneOrMany<String> type;
        private String narrative;
        private String name;
        private String description;
        private String genre;
        private String audience;
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

        /** Sets {@code narrative}. */
        public Builder narrative(String narrative) {
            this.narrative = narrative;
            return this;
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

        /** Sets {@code genre}. */
        public Builder genre(String genre) {
            this.genre = genre;
            return this;
        }

        /** Sets {@code audience}. */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public Evidence build() {
            return new Evidence(id, type, narrative, name, description, genre, audience, extensions);
        }
    }
}
