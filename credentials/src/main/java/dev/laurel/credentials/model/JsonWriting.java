package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes the properties of one model record into a new JSON object, in the order they are written.
 *
 * <p>Null values are skipped, so an absent property stays absent. {@link OneOrMany} values keep their shape.
 */
final class JsonWriting {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode node = NODES.objectNode();

    /** Writes {@code value} with {@code writer} into a new object. */
    static <T> ObjectNode write(T value, BiConsumer<? super T, JsonWriting> writer) {
        JsonWriting out = new JsonWriting();
        writer.accept(value, out);
        return out.node;
    }

    void string(String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    void bool(String name, Boolean value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    void number(String name, BigDecimal value) {
        if (value != null) {
            node.set(name, JsonNumbers.toNode(value));
        }
    }

    void dateTime(String name, DateTime value) {
        if (value != null) {
            node.put(name, value.lexical());
        }
    }

    void date(String name, LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    void strings(String name, OneOrMany<String> values) {
        either(name, values, NODES::textNode);
    }

    <T> void object(String name, T value, BiConsumer<? super T, JsonWriting> writer) {
        if (value != null) {
            node.set(name, write(value, writer));
        }
    }

    <T> void objects(String name, OneOrMany<T> values, BiConsumer<? super T, JsonWriting> writer) {
        either(name, values, value -> write(value, writer));
    }

    /** Writes each value (or the single one) as the node {@code toNode} makes of it. */
    <T> void either(String name, OneOrMany<T> values, Function<? super T, ? extends JsonNode> toNode) {
        if (values == null) {
            return;
        }
        if (!values.array()) {
            node.set(name, toNode.apply(values.first()));
            return;
        }
        ArrayNode array = node.putArray(name);
        values.values().forEach(value -> array.add(toNode.apply(value)));
    }

    void context(OneOrMany<ContextEntry> context) {
        either("@context", context, entry -> switch (entry) {
            case ContextEntry.Iri iri -> NODES.textNode(iri.iri());
            case ContextEntry.Inline inline -> inline.definition().deepCopy();
        });
    }

    void profileRef(String name, ProfileRef profile) {
        switch (profile) {
            case null -> {}
            case ProfileIri iri -> node.put(name, iri.id());
            case Profile object -> object(name, object, Profile::write);
        }
    }

    void imageRef(String name, ImageRef image) {
        switch (image) {
            case null -> {}
            case ImageIri iri -> node.put(name, iri.id());
            case Image object -> object(name, object, Image::write);
        }
    }

    /** Copies every property of {@code raw} into the object being written. */
    void raw(ObjectNode raw) {
        raw.properties()
                .forEach(field -> node.set(field.getKey(), field.getValue().deepCopy()));
    }

    /**
     * Writes the extension properties, copied.
     *
     * @throws IllegalStateException if an extension has the name of a property already written
     */
    void extensions(Map<String, JsonNode> extensions) {
        extensions.forEach((name, value) -> {
            if (node.has(name)) {
                throw new IllegalStateException(
                        "extension property '" + name + "' clashes with the modelled property of the same name");
            }
            node.set(name, value.deepCopy());
        });
    }
}
