package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An alignment of an achievement, result or rubric level to a node in an educational framework (a standard, skill or
 * competency), identified by {@code targetUrl}.
 *
 * <p>{@link #builder()} presets {@code type} to {@code ["Alignment"]}; {@link #of(String, String)} is the short form.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Alignment(
        OneOrMany<String> type,
        String targetCode,
        String targetDescription,
        String targetName,
        String targetFramework,
        String targetType,
        String targetUrl,
        Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Alignment {
        extensions = Extensions.copy(extensions);
    }

    /** An alignment with {@code type} {@code ["Alignment"]} and only its required properties. */
    public static Alignment of(String targetName, String targetUrl) {
        return builder().targetName(targetName).targetUrl(targetUrl).build();
    }

    /** A builder with {@code type} preset to the usual value. */
    public static Builder builder() {
        return new Builder().type("Alignment");
    }

    /** A builder holding this record's values, for changing some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .type(type)
                .targetCode(targetCode)
                .targetDescription(targetDescription)
                .targetName(targetName)
                .targetFramework(targetFramework)
                .targetType(targetType)
                .targetUrl(targetUrl);
        builder.extensions.putAll(extensions);
        return builder;
    }

    static Alignment read(JsonReading in) {
        return new Alignment(
                in.strings("type"),
                in.string("targetCode"),
                in.string("targetDescription"),
                in.string("targetName"),
                in.string("targetFramework"),
                in.string("targetType"),
                in.string("targetUrl"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.strings("type", type);
        out.string("targetCode", targetCode);
        out.string("targetDescription", targetDescription);
        out.string("targetName", targetName);
        out.string("targetFramework", targetFramework);
        out.string("targetType", targetType);
        out.string("targetUrl", targetUrl);
        out.extensions(extensions);
    }

    /** A mutable builder of {@link Alignment}, not thread-safe; it checks nothing (validate the JSON against the schema). */
    public static final class Builder {
        private OneOrMany<String> type;
        private String targetCode;
        private String targetDescription;
        private String targetName;
        private String targetFramework;
        private String targetType;
        private String targetUrl;
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

        /** Sets {@code targetCode}. */
        public Builder targetCode(String targetCode) {
            this.targetCode = targetCode;
            return this;
        }

        /** Sets {@code targetDescription}. */
        public Builder targetDescription(String targetDescription) {
            this.targetDescription = targetDescription;
            return this;
        }

        /** Sets {@code targetName}. */
        public Builder targetName(String targetName) {
            this.targetName = targetName;
            return this;
        }

        /** Sets {@code targetFramework}. */
        public Builder targetFramework(String targetFramework) {
            this.targetFramework = targetFramework;
            return this;
        }

        /** Sets {@code targetType}. */
        public Builder targetType(String targetType) {
            this.targetType = targetType;
            return this;
        }

        /** Sets {@code targetUrl}. */
        public Builder targetUrl(String targetUrl) {
            this.targetUrl = targetUrl;
            return this;
        }

        /** Adds (or replaces) an extension property, written after the modelled ones. */
        public Builder extension(String name, JsonNode value) {
            extensions.put(name, value);
            return this;
        }

        /** The record. */
        public Alignment build() {
            return new Alignment(
                    type,
                    targetCode,
                    targetDescription,
                    targetName,
                    targetFramework,
                    targetType,
                    targetUrl,
                    extensions);
        }
    }
}
