package dev.laurel.credentials.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.Reason;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code EnvelopedVerifiablePresentation} (VC Data Model 2.0 §4.13.2): a presentation secured by an enveloping
 * mechanism, carried as the {@code data:} URL in its {@code id}, e.g. {@code data:application/vp+jwt,eyJ…} for a
 * VP-JWT (VC-JOSE-COSE §3.1.2), whose payload is the presentation.
 *
 * @param mediaType the media type of the envelope, lower case and without parameters, e.g. {@code application/vp+jwt}
 * @param content the envelope itself, e.g. the compact JWS
 */
public record EnvelopedPresentation(String mediaType, String content) {

    /** The {@code type} of an enveloped presentation. */
    public static final String TYPE = "EnvelopedVerifiablePresentation";

    /** The media type of a VP-JWT (VC-JOSE-COSE §3.1.2). */
    public static final String VP_JWT = "application/vp+jwt";

    /** The JWT media types an enveloped presentation may name: {@value #VP_JWT}, its older name, and plain JWT. */
    private static final Set<String> JWT_MEDIA_TYPES = Set.of(VP_JWT, "application/vp-ld+jwt", "application/jwt");

    /** True when {@code node} is an object whose {@code type} names {@value #TYPE}. */
    public static boolean isEnveloped(JsonNode node) {
        return node != null
                && node.isObject()
                && VerificationContext.strings(node.get("type")).contains(TYPE);
    }

    /**
     * The failed {@code context} check when {@code node}'s {@code @context} does not begin with the VC 2.0 context,
     * which defines {@code id}, {@code type} and {@value #TYPE} (VC Data Model 2.0 §4.13.2); empty when it does. The
     * specification's example writes it as a string, a set of one, so a string is read as one.
     */
    static Optional<CheckResult> contextProblem(JsonNode node) {
        JsonNode context = node.get("@context");
        String rule = "the @context of an " + TYPE + " must begin with " + Contexts.VC_V2 + " (VC Data Model 2.0 §4.3,"
                + " §4.13.2)";
        if (context == null || context.isNull() || (context.isArray() && context.isEmpty())) {
            return Optional.of(CheckResult.failed(CheckId.CONTEXT, Reason.CONTEXT_MISSING, rule + "; it has none"));
        }
        JsonNode first = context.isArray() ? context.get(0) : context;
        if (!first.isTextual()) {
            return Optional.of(
                    CheckResult.failed(CheckId.CONTEXT, Reason.CONTEXT_MALFORMED, rule + "; it begins with " + first));
        }
        if (!first.asText().equals(Contexts.VC_V2)) {
            return Optional.of(
                    CheckResult.failed(CheckId.CONTEXT, Reason.CONTEXT_NOT_VC, rule + "; it begins with " + first));
        }
        return Optional.empty();
    }

    /**
     * Reads an enveloped presentation's {@code data:} URL.
     *
     * @throws IllegalArgumentException with a readable message when {@code id} is not a {@code data:} URL
     */
    public static EnvelopedPresentation parse(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("an " + TYPE + " needs its presentation as a data: URL in id");
        }
        DataUrl url = DataUrl.parse(id.asText(), TYPE, VP_JWT);
        return new EnvelopedPresentation(url.mediaType(), url.content());
    }

    /** An enveloped VP-JWT: {@code {"@context": [VC 2.0], "id": "data:application/vp+jwt,JWS", "type"}}. */
    public static ObjectNode ofJwt(String compactJws) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("@context").add(Contexts.VC_V2);
        json.put("id", "data:" + VP_JWT + "," + compactJws);
        json.put("type", TYPE);
        return json;
    }

    /** True when the envelope is a JWT ({@code application/vp+jwt} and its other names). */
    public boolean isJwt() {
        return JWT_MEDIA_TYPES.contains(mediaType);
    }
}
