package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A level of a rubric criterion (for example "Mastered"), referenced by a result's {@code achievedLevel}.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["RubricCriterionLevel"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record RubricCriterionLevel(
        String id,
        OneOrMany<String> type,
        String name,
        String description,
        String level,
        String points,
        OneOrMany<Alignment> alignment,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public RubricCriterionLevel {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("RubricCriterionLevel");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .name(name)
                .description(description)
                .level(level)
                .points(points)
                .alignment(alignment);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static RubricCriterionLevel read(JsonReading in) {
        return new RubricCriterionLevel(
                in.string("id"),
                in.strings("type"),
                in.string("name"),
                in.string("description"),
                in.string("level"),
                in.string("points"),
                in.objects("alignment", Alignment::read),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.string("name", name);
        out.string("description", description);
        out.string("level", level);
        out.string("points", points);
        out.objects("alignment", alignment, Alignment::write);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link RubricCriterionLevel}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private OneOrMany<String> type;
        private String name;
        private String description;
        private String level;
        private String points;
        private OneOrMany<Alignment> alignment;
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

        /** Sets {@code level}. */
        public Builder level(String level) {
            this.level = level;
            return this;
        }

        /** Sets {@code points}. */
        public Builder points(String points) {
            this.points = points;
            return this;
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

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public RubricCriterionLevel build() {
            return new RubricCriterionLevel(id, type, name, description, level, points, alignment, extensions);
        }
    }
}
