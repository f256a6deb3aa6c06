package dev.laurel.credentials.jsonld;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds, in expanded JSON-LD, the values that conversion to RDF would silently drop: {@code @id} and {@code @type}
 * values that are not absolute IRIs or blank node identifiers, and properties that are not IRIs.
 *
 * <p>A signature covers only what reaches RDF, so anything dropped could be added to a signed credential without
 * breaking its proof. Like jsonld.js's safe mode, such values are refused.
 */
final class DroppedValues {

    static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$");

    private DroppedValues() {}

    /** Throws {@link JsonLdException} for the first value that would be dropped. */
    static void check(JsonValue expanded) {
        switch (expanded.getValueType()) {
            case ARRAY -> {
                for (JsonValue element : (JsonArray) expanded) {
                    check(element);
                }
            }
            case OBJECT -> checkObject((JsonObject) expanded);
            default -> {}
        }
    }

    private static void checkObject(JsonObject object) {
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            switch (key) {
                case "@id" -> requireReference(value, "@id");
                case "@type" -> {
                    if (!(valueObject
                            && value instanceof JsonString string
                            && string.getString().equals("@json"))) {
                        requireReferences(value, valueObject ? "a value's @type" : "@type");
                    }
                }
                case "@value", "@language", "@direction", "@index" -> {}
                default -> {
                    if (!key.startsWith("@") && !isReference(key)) {
                        throw dropped("the property '" + key + "' is not an absolute IRI");
                    }
                    if (!valueObject) {
                        check(value);
                    }
                }
            }
        }
    }

    private static void requireReferences(JsonValue value, String what) {
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                requireReference(element, what);
            }
        } else {
            requireReference(value, what);
        }
    }

    private static void requireReference(JsonValue value, String what) {
        if (value instanceof JsonString string && isReference(string.getString())) {
            return;
        }
        String shown = value instanceof JsonString string ? string.getString() : value.toString();
        throw dropped(what + " value '" + shown + "' is not defined by any @context and is not an absolute IRI");
    }

    private static boolean isReference(String value) {
        return value.startsWith("_:") || ABSOLUTE_IRI.matcher(value).matches();
    }

    private static JsonLdException dropped(String what) {
        return new JsonLdException(
                JsonLdException.Kind.UNDEFINED_TERM,
                what + ": it would be left out of the signed data, so it is refused",
                null);
    }
}
