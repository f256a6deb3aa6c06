package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What an {@link EndorsementCredential} endorses ({@code id}: a profile, achievement or credential) and the endorser's
 * comment.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record EndorsementSubject(
        String id, OneOrMany<String> type, String endorsementComment, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public EndorsementSubject {
        extensions = Extensions.copy(extensions);
    }

    /** A subject with {@code type} {@code ["EndorsementSubject"]}. */
    public static EndorsementSubject of(String id, String endorsementComment) {
        return new EndorsementSubject(id, OneOrMany.many("EndorsementSubject"), endorsementComment, null);
    }

    static EndorsementSubject read(JsonReading in) {
        return new EndorsementSubject(
                in.string("id"), in.strings("type"), in.string("endorsementComment"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.strings("type", type);
        out.string("endorsementComment", endorsementComment);
        out.extensions(extensions);
    }
}
