package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * How to obtain a refreshed copy of a credential ({@code refreshService}).
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record RefreshService(String id, String type, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public RefreshService {
        extensions = Extensions.copy(extensions);
    }

    /** A refresh service of the given {@code type}. */
    public static RefreshService of(String id, String type) {
        return new RefreshService(id, type, null);
    }

    static RefreshService read(JsonReading in) {
        return new RefreshService(in.string("id"), in.string("type"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("type", type);
        out.extensions(extensions);
    }
}
