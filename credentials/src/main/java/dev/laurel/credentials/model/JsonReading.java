package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the properties of one JSON object for a model record, recording each shape problem with its JSON Pointer.
 *
 * <p>A record's {@code read} method asks for each modelled property once, by name, then for {@link #extensions()}:
 * every property it did not ask for, in document order. A property with the wrong shape is recorded as a problem
 * and read as null, so reading goes on and reports every problem of a document at once.
 */
final class JsonReading {

    private final ObjectNode node;
    private final String pointer;
    private final List<ReadProblem> problems;
    private final Set<String> consumed = new HashSet<>();

    private JsonReading(ObjectNode node, String pointer, List<ReadProblem> problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** Reads {@code root} as an object with {@code reader}; never throws for bad input. */
    static <T> ReadResult<T> read(JsonNode root, Function<JsonReading, T> reader) {
        List<ReadProblem> problems = new ArrayList<>();
        if (!(root instanceof ObjectNode object)) {
            problems.add(problem(ReadProblem.Kind.WRONG_TYPE, "", "a JSON object", root));
            return new ReadResult.Failure<>(problems);
        }
        T value = reader.apply(new JsonReading(object, "", problems));
        return problems.isEmpty() ? new ReadResult.Success<>(value) : new ReadResult.Failure<>(problems);
    }

    /** The object being read, for looking ahead (e.g. at its {@code type}); do not mutate. */
    ObjectNode node() {
        return node;
    }

    String string(String name) {
        JsonNode value = take(name);
        if (value == null || value.isTextual()) {
            return value == null ? null : value.textValue();
        }
        return wrongType(name, value, "a string");
    }

    Boolean bool(String name) {
        JsonNode value = take(name);
        if (value == null || value.isBoolean()) {
            return value == null ? null : value.booleanValue();
        }
        return wrongType(name, value, "true or false");
    }

    BigDecimal number(String name) {
        JsonNode value = take(name);
        if (value == null) {
            return null;
        }
        BigDecimal number = value.isNumber() ? JsonNumbers.toDecimal(value) : null;
        return number != null ? number : wrongType(name, value, "a finite number");
    }

    DateTime dateTime(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        DateTime dateTime = new DateTime(text);
        if (!dateTime.isValid()) {
            problems.add(problem(
                    ReadProblem.Kind.INVALID_DATE_TIME,
                    pointerTo(name),
                    "an RFC 3339 date-time with an offset (e.g. 2010-01-01T00:00:00Z)",
                    node.get(name)));
        }
        return dateTime;
    }

    LocalDate date(String name) {
        String text = string(name);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.toString().equals(text)) {
                return date;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(problem(ReadProblem.Kind.INVALID_DATE, pointerTo(name), "a date like 2000-01-31", node.get(name)));
        return null;
    }

    OneOrMany<String> strings(String name) {
        return either(name, "a string or an array of strings", text -> text, null);
    }

    <T> T object(String name, Function<JsonReading, T> reader) {
        JsonNode value = take(name);
        if (value == null || value.isObject()) {
            return value == null ? null : reader.apply(child((ObjectNode) value, pointerTo(name)));
        }
        return wrongType(name, value, "an object");
    }

    <T> OneOrMany<T> objects(String name, Function<JsonReading, T> reader) {
        return either(name, "an object or an array of objects", null, reader);
    }

    /**
     * Reads a property whose value (or each array item) may be a string or an object; a null reader means that
     * alternative is not allowed.
     */
    <T> OneOrMany<T> either(
            String name,
            String expected,
            Function<String, ? extends T> fromString,
            Function<JsonReading, ? extends T> fromObject) {
        JsonNode value = take(name);
        if (value == null) {
            return null;
        }
        String at = pointerTo(name);
        if (!value.isArray()) {
            T one = item(value, at, expected, fromString, fromObject);
            return one == null ? null : OneOrMany.one(one);
        }
        List<T> items = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < value.size(); i++) {
            T item = item(value.get(i), at + "/" + i, expected, fromString, fromObject);
            complete &= item != null;
            if (item != null) {
                items.add(item);
            }
        }
        return complete ? OneOrMany.many(items) : null;
    }

    /** Reads {@code @context}: an IRI, an inline definition, or an array of them. */
    OneOrMany<ContextEntry> context() {
        return either(
                "@context",
                "a context IRI, an inline context object, or an array of them",
                ContextEntry.Iri::new,
                inline -> new ContextEntry.Inline(inline.raw()));
    }

    /** Reads a profile given as a bare IRI or as a Profile object. */
    ProfileRef profileRef(String name) {
        return stringOrObject(name, "a string (IRI) or a Profile object", ProfileIri::new, Profile::read);
    }

    /** Reads an image given as a bare IRI (or data URI) or as an Image object. */
    ImageRef imageRef(String name) {
        return stringOrObject(name, "a string (IRI) or an Image object", ImageIri::new, Image::read);
    }

    private <T> T stringOrObject(
            String name,
            String expected,
            Function<String, ? extends T> fromString,
            Function<JsonReading, ? extends T> fromObject) {
        JsonNode value = node.get(name);
        if (value != null && value.isArray()) {
            consumed.add(name);
            return wrongType(name, value, expected);
        }
        OneOrMany<T> ref = either(name, expected, fromString, fromObject);
        return ref == null ? null : ref.first();
    }

    /** The object being read, whole and copied, with every property counted as read. */
    ObjectNode raw() {
        node.properties().forEach(field -> consumed.add(field.getKey()));
        return node.deepCopy();
    }

    /** Every property not read so far, in document order. */
    Map<String, JsonNode> extensions() {
        Map<String, JsonNode> extensions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!consumed.contains(field.getKey())) {
                extensions.put(field.getKey(), field.getValue());
            }
        }
        return extensions;
    }

    private <T> T item(
            JsonNode value,
            String at,
            String expected,
            Function<String, ? extends T> fromString,
            Function<JsonReading, ? extends T> fromObject) {
        if (value.isTextual() && fromString != null) {
            return fromString.apply(value.textValue());
        }
        if (value.isObject() && fromObject != null) {
            return fromObject.apply(child((ObjectNode) value, at));
        }
        problems.add(problem(ReadProblem.Kind.WRONG_TYPE, at, expected, value));
        return null;
    }

    private JsonNode take(String name) {
        consumed.add(name);
        return node.get(name);
    }

    private JsonReading child(ObjectNode value, String at) {
        return new JsonReading(value, at, problems);
    }

    private <T> T wrongType(String name, JsonNode value, String expected) {
        problems.add(problem(ReadProblem.Kind.WRONG_TYPE, pointerTo(name), expected, value));
        return null;
    }

    private String pointerTo(String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static ReadProblem problem(ReadProblem.Kind kind, String at, String expected, JsonNode found) {
        return new ReadProblem(kind, at, expected, describe(found));
    }

    private static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String kind =
                switch (value.getNodeType()) {
                    case ARRAY -> "an array";
                    case OBJECT -> "an object";
                    case STRING -> "a string";
                    case NUMBER -> "a number";
                    case BOOLEAN -> "a boolean";
                    case NULL -> "null";
                    default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
                };
        if (value.isContainerNode() || value.isNull()) {
            return kind;
        }
        String text = value.toString();
        return kind + " (" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + ")";
    }
}
