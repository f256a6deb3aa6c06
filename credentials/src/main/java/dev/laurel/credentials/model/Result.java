package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A result asserted for an earner (a grade, score, status or rubric level), described by the achievement's {@link
 * ResultDescription} whose {@code id} is {@code resultDescription}.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["Result"]}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Result(
        OneOrMany<String> type,
        String achievedLevel,
        OneOrMany<Alignment> alignment,
        String resultDescription,
        String status,
        String value,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Result {
        extensions = Extensions.copy(extensions);
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("Result");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .type(type)
                .achievedLevel(achievedLevel)
                .alignment(alignment)
                .resultDescription(resultDescription)
                .status(status)
                .value(value);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Result read(JsonReading in) {
        return new Result(
                in.strings("type"),
                in.string("achievedLevel"),
                in.objects("alignment", Alignment::read),
                in.string("resultDescription"),
                in.string("status"),
                in.string("value"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.strings("type", type);
        out.string("achievedLevel", achievedLevel);
        out.objects("alignment", alignment, Alignment::write);
        out.string("resultDescription", resultDescription);
        out.string("status", status);
        out.string("value", value);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Result}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private OneOrMany<String> type;
        private String achievedLevel;
        private OneOrMany<Alignment> alignment;
        private String resultDescription;
        private String status;
        private String value;
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

        /** Sets {@code achievedLevel}. */
        public Builder achievedLevel(String achievedLevel) {
            this.achievedLevel = achievedLevel;
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

        /** Sets {@code resultDescription}. */
        public Builder resultDescription(String resultDescription) {
            this.resultDescription = resultDescription;
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /** Sets {@code value}. */
        public Builder value(String value) {
            this.value = value;
            return this;
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public Result build() {
            return new Result(type, achievedLevel, alignment, resultDescription, status, value, extensions);
        }
    }
}
