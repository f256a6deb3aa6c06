package dev.laurel.server.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.json.MalformedJsonException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;

/**
 * Reading VC-API request bodies strictly: JSON ({@code application/json}, VCALM §Content Serialization), at most
 * {@value #MAX_BYTES} bytes (the VCALM payload baseline, 10 MiB; counted on the stream by the platform's body limit,
 * declared in {@link VcApiSecurityConfiguration}), one object; properties and options the endpoint does not understand are
 * refused (VCALM §Options), and each value is checked for its type.
 */
final class JsonRequests {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private JsonRequests() {}

    /** The body as a JSON object. */
    static ObjectNode read(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !json(contentType)) {
            throw VcApiProblem.UNSUPPORTED_MEDIA_TYPE.problem(
                    "send the request as JSON with Content-Type: application/json, not "
                            + (contentType == null ? "no content type" : contentType));
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (MalformedJsonException e) {
            throw VcApiProblem.PARSING_ERROR.problem("the body is not JSON: " + e.getMessage());
        }
        if (!(json instanceof ObjectNode object)) {
            throw VcApiProblem.PARSING_ERROR.problem("the body must be a JSON object, not " + json.getNodeType());
        }
        return object;
    }

    /** Refuses properties of {@code object} other than {@code known}; {@code what} names it in the message. */
    static void onlyKnownProperties(ObjectNode object, String what, Set<String> known) {
        List<String> unknown = unknown(object, known);
        if (!unknown.isEmpty()) {
            throw VcApiProblem.MALFORMED_VALUE.problem(what + " has " + quoted(unknown)
                    + ", which this endpoint does not understand (it takes " + quoted(List.copyOf(known)) + ")");
        }
    }

    /** The request's {@code options}: empty when absent or null; refuses options other than {@code known}. */
    static ObjectNode options(ObjectNode body, Set<String> known) {
        JsonNode options = body.get("options");
        if (options == null || options.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!(options instanceof ObjectNode object)) {
            throw VcApiProblem.MALFORMED_VALUE.problem("options must be a JSON object");
        }
        List<String> unknown = unknown(object, known);
        if (!unknown.isEmpty()) {
            throw VcApiProblem.UNKNOWN_OPTION.problem(
                    "unknown option " + quoted(unknown) + ": this endpoint understands " + quoted(List.copyOf(known)));
        }
        return object;
    }

    /** A string property, when present and not null. */
    static Optional<String> string(ObjectNode object, String name, String where) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw VcApiProblem.MALFORMED_VALUE.problem(where + name + " must be a non-empty string");
        }
        return Optional.of(value.asText());
    }

    /** A boolean property, {@code false} when absent or null. */
    static boolean bool(ObjectNode object, String name, String where) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw VcApiProblem.MALFORMED_VALUE.problem(where + name + " must be true or false");
        }
        return value.asBoolean();
    }

    /** A required object property. */
    static ObjectNode object(ObjectNode object, String name, String where) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            throw VcApiProblem.MALFORMED_VALUE.problem("the request has no " + where + name);
        }
        if (!(value instanceof ObjectNode result)) {
            throw VcApiProblem.MALFORMED_VALUE.problem(where + name + " must be a JSON object");
        }
        return result;
    }

    private static boolean json(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().endsWith("+json");
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    private static List<String> unknown(ObjectNode object, Set<String> known) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private static String quoted(List<String> names) {
        return String.join(
                ", ", names.stream().sorted().map(name -> "'" + name + "'").toList());
    }
}
