package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Another achievement to be considered the same for most purposes, such as another language edition or version.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Related(
        String id, OneOrMany<String> type, String inLanguage, String version, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Related {
        extensions = Extensions.copy(extensions);
    }

    /** A related achievement with {@code type} {@code ["Related"]}. */
    public static Related of(String id, String inLanguage, String version) {
        return new Related(id, OneOrMany.many("Related"), inLanguage, version, null);
    }

    static Related read(JsonReading in) {
        return new Related(
                in.string("id"), in.strings("type"), in.string("inLanguage"), in.string("version"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.string("inLanguage", inLanguage);
        out.string("version", version);
        out.extensions(extensions);
    }
}
