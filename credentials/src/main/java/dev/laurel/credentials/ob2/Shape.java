package dev.laurel.credentials.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The required properties of an Open Badges 2.0 class and the kind of value each takes (Open Badges 2.0 §Assertion,
 * §BadgeClass, §Profile: the properties in bold, and for an issuer {@code name}, {@code url} and {@code email}).
 *
 * @param name the class, for messages
 * @param types the types of which {@code type} must include one; empty when another check looks at {@code type}
 * @param required the required properties
 */
record Shape(String name, List<String> types, List<Property> required) {

    static final Shape ASSERTION = new Shape(
            "the Assertion",
            List.of(),
            List.of(
                    new Property("id", Kind.IRI),
                    new Property("recipient", Kind.OBJECT),
                    new Property("badge", Kind.IRI_OR_OBJECT),
                    new Property("verification", Kind.OBJECT, "verify"),
                    new Property("issuedOn", Kind.DATE_TIME)));

    static final Shape BADGE_CLASS = new Shape(
            "the BadgeClass",
            List.of("BadgeClass"),
            List.of(
                    new Property("id", Kind.IRI),
                    new Property("name", Kind.TEXT),
                    new Property("description", Kind.TEXT),
                    new Property("image", Kind.IRI_OR_OBJECT),
                    new Property("criteria", Kind.IRI_OR_OBJECT),
                    new Property("issuer", Kind.IRI_OR_OBJECT)));

    static final Shape ISSUER = new Shape(
            "the issuer Profile",
            List.of("Issuer", "Profile"),
            List.of(
                    new Property("id", Kind.IRI),
                    new Property("name", Kind.TEXT),
                    new Property("url", Kind.IRI),
                    new Property("email", Kind.TEXT)));

    /** What is wrong with {@code node} as an instance of this class; empty when nothing is. */
    List<String> problems(ObjectNode node) {
        List<String> problems = new ArrayList<>();
        if (!types.isEmpty() && types.stream().noneMatch(type -> Nodes.hasType(node, type))) {
            problems.add(name + "'s type must include " + String.join(" or ", types) + ", found "
                    + Nodes.describe(node.get("type")));
        }
        for (Property property : required) {
            JsonNode value = property.valueIn(node);
            if (value == null || value.isNull()) {
                problems.add(name + " has no " + property.name());
            } else if (!property.kind().accepts(value)) {
                problems.add(name + "'s " + property.name() + " must be " + property.kind().description + ", not "
                        + Nodes.describe(value));
            }
        }
        return problems;
    }

    /** A required property, and the alias it may be written as. */
    record Property(String name, Kind kind, String alias) {
        Property(String name, Kind kind) {
            this(name, kind, null);
        }

        JsonNode valueIn(ObjectNode node) {
            return node.has(name) || alias == null ? node.get(name) : node.get(alias);
        }
    }

    /** The kinds of value the properties take. */
    enum Kind {
        IRI("an IRI"),
        TEXT("text"),
        OBJECT("an object"),
        IRI_OR_OBJECT("an IRI or an object"),
        DATE_TIME("an ISO 8601 date-time with a time zone");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        boolean accepts(JsonNode value) {
            return switch (this) {
                case IRI -> isIri(value);
                case TEXT -> value.isTextual() && !value.asText().isBlank();
                case OBJECT -> value.isObject();
                case IRI_OR_OBJECT -> value.isObject() || isIri(value);
                case DATE_TIME -> DateTimes.parse(value).isPresent();
            };
        }

        private static boolean isIri(JsonNode value) {
            if (!value.isTextual()) {
                return false;
            }
            try {
                return new URI(value.asText()).isAbsolute();
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
