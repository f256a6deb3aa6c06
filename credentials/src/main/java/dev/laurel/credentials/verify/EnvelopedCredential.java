package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code EnvelopedVerifiableCredential} (VC Data Model 2.0 §4.13): a credential secured by an enveloping mechanism
 * such as a JWT, carried as the {@code data:} URL in its {@code id}, e.g. {@code data:application/vc+jwt,eyJ…}.
 *
 * @param mediaType the media type of the envelope, lower case and without parameters, e.g. {@code application/vc+jwt}
 * @param content the envelope itself, e.g. the compact JWS
 */
public record EnvelopedCredential(String mediaType, String content) {

    /** The {@code type} of an enveloped credential. */
    public static final String TYPE = "EnvelopedVerifiableCredential";

    /** The media type of a VC-JWT (VC-JOSE-COSE §3.1.1). */
    public static final String VC_JWT = "application/vc+jwt";

    private static final Set<String> JWT_MEDIA_TYPES = Set.of(VC_JWT, "application/jwt", "application/vc-ld+jwt");

    /** True when {@code node} is an object whose {@code type} names {@value #TYPE}. */
    public static boolean isEnveloped(JsonNode node) {
        return node != null
                && node.isObject()
                && VerificationContext.strings(node.get("type")).contains(TYPE);
    }

    /**
     * Why {@code node}'s {@code @context} is not that of an enveloped credential, or empty when it is: it must be
     * present (VC Data Model 2.0 §4.13), an ordered set — an array — whose first item is the VC 2.0 context (§4.3).
     * A verifier given the envelope as the credential to verify applies it; inside a presentation the VC-JOSE-COSE
     * examples write the context as a string, so presentations are not held to it.
     */
    public static Optional<String> contextProblem(JsonNode node) {
        JsonNode context = node == null ? null : node.get("@context");
        String rule = "the @context of an " + TYPE + " must be an array whose first item is " + Contexts.VC_V2
                + " (VC Data Model 2.0 §4.3, §4.13)";
        if (context == null || context.isNull()) {
            return Optional.of(rule + "; it has none");
        }
        if (!context.isArray()) {
            return Optional.of(rule + "; it is " + context);
        }
        if (context.isEmpty()
                || !context.get(0).isTextual()
                || !context.get(0).asText().equals(Contexts.VC_V2)) {
            return Optional.of(rule + "; it begins with " + (context.isEmpty() ? "nothing" : context.get(0)));
        }
        return Optional.empty();
    }

    /**
     * Reads an enveloped credential's {@code data:} URL.
     *
     * @throws IllegalArgumentException with a readable message when {@code id} is not a {@code data:} URL (the
     *     {@code @context} is not looked at: see {@link #contextProblem})
     */
    public static EnvelopedCredential parse(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("an " + TYPE + " needs its credential as a data: URL in id");
        }
        DataUrl url = DataUrl.parse(id.asText(), TYPE, VC_JWT);
        return new EnvelopedCredential(url.mediaType(), url.content());
    }

    /** An enveloped VC-JWT: {@code {"@context": [VC 2.0], "id": "data:application/vc+jwt,JWS", "type"}}. */
    public static ObjectNode ofJwt(String compactJws) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("@context").add(Contexts.VC_V2);
        json.put("id", "data:" + VC_JWT + "," + compactJws);
        json.put("type", TYPE);
        return json;
    }

    /** True when the envelope is a JWT ({@code application/vc+jwt} and its older names). */
    public boolean isJwt() {
        return JWT_MEDIA_TYPES.contains(mediaType);
    }
}
