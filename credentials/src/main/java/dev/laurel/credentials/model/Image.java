package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An image of a credential, achievement or profile: its URL or data URI ({@code id}) and an optional caption.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Image(String id, String type, String caption, Map<String, JsonNode> extensions) implements ImageRef {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Image {
        extensions = Extensions.copy(extensions);
    }

    /** An image with {@code type} {@code "Image"} and no caption. */
    public static Image of(String id) {
        return new Image(id, "Image", null, null);
    }

    /** An image with {@code type} {@code "Image"} and a caption. */
    public static Image of(String id, String caption) {
        return new Image(id, "Image", caption, null);
    }

    static Image read(JsonReading in) {
        return new Image(in.string("id"), in.string("type"), in.string("caption"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("type", type);
        out.string("caption", caption);
        out.extensions(extensions);
    }
}
