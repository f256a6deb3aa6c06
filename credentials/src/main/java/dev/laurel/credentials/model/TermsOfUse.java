package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Terms of use a verifier must accept when relying on a credential ({@code termsOfUse}); the policy itself is in
 * {@code extensions}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record TermsOfUse(String id, String type, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public TermsOfUse {
        extensions = Extensions.copy(extensions);
    }

    /** Terms of use of the given {@code type}. */
    public static TermsOfUse of(String id, String type) {
        return new TermsOfUse(id, type, null);
    }

    static TermsOfUse read(JsonReading in) {
        return new TermsOfUse(in.string("id"), in.string("type"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("type", type);
        out.extensions(extensions);
    }
}
