package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A data schema a credential conforms to ({@code credentialSchema}), typically a 1EdTech JSON Schema checked with
 * {@code 1EdTechJsonSchemaValidator2019}.
 *
 * <p>Each component is the JSON property of the same name, null when absent;
 * {@code extensions} holds every other property, in document order, so that reading and writing loses
 * nothing. Reading checks shapes only: required properties may be missing. Immutable and thread-safe,
 * provided the JSON nodes it holds are not mutated.
 */
public record CredentialSchema(String id, String type, Map<String, JsonNode> extensions) {

    /** Creates the record, copying {@code extensions} (null means none). */
    public CredentialSchema {
        extensions = Extensions.copy(extensions);
    }

    /** The schema {@code id} of the given {@code type}. */
    public static CredentialSchema of(String id, String type) {
        return new CredentialSchema(id, type, null);
    }

    /** The 1EdTech JSON Schema for OB 3.0 AchievementCredentials. */
    public static CredentialSchema achievementCredential() {
        return of(
                "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
                "1EdTechJsonSchemaValidator2019");
    }

    static CredentialSchema read(JsonReading in) {
        return new CredentialSchema(in.string("id"), in.string("type"), in.extensions());
    }

    void write(JsonWriting out) {
        out.string("id", id);
        out.string("type", type);
        out.extensions(extensions);
    }
}
