package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An identifier of a profile or achievement in another system (an {@code otherIdentifier} entry), for example a
 * {@code sourcedId} or {@code nationalIdentityNumber}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record IdentifierEntry(String type, String identifier, String identifierType, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public IdentifierEntry {
        extensions = Extensions.copy(extensions);
    }

    /** An entry with {@code type} {@code "IdentifierEntry"}. */
    public static IdentifierEntry of(String identifier, String identifierType) {
        return new IdentifierEntry("IdentifierEntry", identifier, identifierType, null);
    }

    static IdentifierEntry read(JsonReading in) {
        return new IdentifierEntry(
                in.string("type"), in.string("identifier"), in.string("identifierType"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("type", type);
        out.string("identifier", identifier);
        out.string("identifierType", identifierType);
        out.extensions(extensions);
    }
}
