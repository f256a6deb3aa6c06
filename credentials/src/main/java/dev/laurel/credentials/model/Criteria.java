package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * How to earn an achievement: a web page ({@code id}) and/or a Markdown {@code narrative}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record Criteria(String id, String narrative, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public Criteria {
        extensions = Extensions.copy(extensions);
    }

    /** Criteria given only as a Markdown narrative. */
    public static Criteria ofNarrative(String narrative) {
        return new Criteria(null, narrative, null);
    }

    /** Criteria given as the URL of a page and a Markdown narrative (either may be null). */
    public static Criteria of(String id, String narrative) {
        return new Criteria(id, narrative, null);
    }

    static Criteria read(JsonReading in) {
        return new Criteria(in.string("id"), in.string("narrative"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("narrative", narrative);
        out.extensions(extensions);
    }
}
