package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A relationship between two achievements of a {@link ClrSubject}, such as {@code isParentOf} or {@code precedes}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Association(
        String type, String associationType, String sourceId, String targetId, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Association {
        extensions = Extensions.copy(extensions);
    }

    /** An association with {@code type} {@code "Association"}. */
    public static Association of(String associationType, String sourceId, String targetId) {
        return new Association("Association", associationType, sourceId, targetId, null);
    }

    static Association read(JsonReading in) {
        return new Association(
                in.string("type"),
                in.string("associationType"),
                in.string("sourceId"),
                in.string("targetId"),
                in.extensions());
    }

    void write(JsonWriting out) {
        out.string("type", type);
        out.string("associationType", associationType);
        out.string("sourceId", sourceId);
        out.string("targetId", targetId);
        out.extensions(extensions);
    }
}
