package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Describes a possible result of an achievement: its type (letter grade, percent, rubric level …), allowed and
 * required values, and rubric levels.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["ResultDescription"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record ResultDescription(
        String id,
        OneOrMany<String> type,
        String name,
        String resultType,
        OneOrMany<Alignment> alignment,
        OneOrMany<String> allowedValue,
        String requiredLevel,
        String requiredValue,
        OneOrMany<RubricCriterionLevel> rubricCriterionLevel,
        String valueMax,
        String valueMin,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public ResultDescription {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("ResultDescription");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .id(id)
                .type(type)
                .name(name)
                .resultType(resultType)
                .alignment(alignment)
                .allowedValue(allowedValue)
                .requiredLevel(requiredLevel)
                .requiredValue(requiredValue)
                .rubricCriterionLevel(rubricCriterionLevel)
                .valueMax(valueMax)
                .valueMin(valueMin);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static ResultDescription read(JsonReading in) {
        return new ResultDescription(
                in.string("id"),
                in.strings("type"),
                in.string("name"),
                in.string("resultType"),
                in.objects("alignment", Alignment::read),
                in.strings("allowedValue"),
                in.string("requiredLevel"),
                in.string("requiredValue"),
                in.objects("rubricCriterionLevel", RubricCriterionLevel::read),
                in.string("valueMax"),
                in.string("valueMin"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.string("name", name);
        out.string("resultType", resultType);
        out.objects("alignment", alignment, Alignment::write);
        out.strings("allowedValue", allowedValue);
        out.string("requiredLevel", requiredLevel);
        out.string("requiredValue", requiredValue);
        out.objects("rubricCriterionLevel", rubricCriterionLevel, RubricCriterionLevel::write);
        out.string("valueMax", valueMax);
        out.string("valueMin", valueMin);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link ResultDescription}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private String id;
        private OneOrMany<String> type;
        private String name;
        private String resultType;
        private OneOrMany<Alignment> alignment;
        private OneOrMany<String> allowedValue;
        private String requiredLevel;
        private String requiredValue;
        private OneOrMany<RubricCriterionLevel> rubricCriterionLevel;
        private String valueMax;
        private String valueMin;
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

        /** Sets {@code resultType}. */
        public Builder resultType(String resultType) {
            this.resultType = resultType;
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

        /** Sets {@code allowedValue}. */
        public Builder allowedValue(OneOrMany<String> allowedValue) {
            this.allowedValue = allowedValue;
            return this;
        }

        /** Sets {@code allowedValue} to an array of these values. */
        public Builder allowedValue(String... allowedValue) {
            return allowedValue(OneOrMany.many(allowedValue));
        }

        /** Sets {@code requiredLevel}. */
        public Builder requiredLevel(String requiredLevel) {
            this.requiredLevel = requiredLevel;
            return this;
        }

        /** Sets {@code requiredValue}. */
        public Builder requiredValue(String requiredValue) {
            this.requiredValue = requiredValue;
            return this;
        }

        /** Sets {@code rubricCriterionLevel}. */
        public Builder rubricCriterionLevel(OneOrMany<RubricCriterionLevel> rubricCriterionLevel) {
            this.rubricCriterionLevel = rubricCriterionLevel;
            return this;
        }

        /** Sets {@code rubricCriterionLevel} to an array of these values. */
        public Builder rubricCriterionLevel(RubricCriterionLevel... rubricCriterionLevel) {
            return rubricCriterionLevel(OneOrMany.many(rubricCriterionLevel));
        }

        /** Sets {@code valueMax}. */
        public Builder valueMax(String valueMax) {
            this.valueMax = valueMax;
            return this;
        }

        /** Sets {@code valueMin}. */
        public Builder valueMin(String valueMin) {
            this.valueMin = valueMin;
            return this;
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public ResultDescription build() {
            return new ResultDescription(
                    id,
                    type,
                    name,
                    resultType,
                    alignment,
                    allowedValue,
                    requiredLevel,
                    requiredValue,
                    rubricCriterionLevel,
                    valueMax,
                    valueMin,
                    extensions);
        }
    }
}
