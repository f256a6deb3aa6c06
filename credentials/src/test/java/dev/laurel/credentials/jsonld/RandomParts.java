package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The parts of a random Open Badges 3.0 credential: JSON values drawn from one seeded {@link Random} — identifiers,
 * texts (plain, language-tagged, with escapes and characters beyond the BMP), dates, numbers, and the model's
 * objects (profiles, achievements, alignments, results, evidence…), each optional field present or not, each
 * multi-valued field a single value or an array.
 */
final class RandomParts {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final String[] WORDS = {
        "badge", "Robotics", "café", "Zürich", "\u00e9cole", "数学", "\uD83C\uDF93", "line\nbreak", "tab\tstop",
        "\"quoted\"", "back\\slash", "\u0007bell", "", " ", "naïve", "\u202Eright-to-left", "\uE000private", "x"
    };
    private static final String[] LANGUAGES = {"en", "de", "fr-CA", "en-US", "zh-Hans", "EN-gb", "es-419"};

    final Random random;

    RandomParts(Random random) {
        this.random = random;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    ObjectNode object() {
        return JSON.objectNode();
    }

    void maybe(ObjectNode node, String name, double probability, Supplier<JsonNode> value) {
        if (chance(probability)) {
            node.set(name, value.get());
        }
    }

    /** One value, or an array of one to three (for {@code @set} properties both mean the same). */
    JsonNode oneOrMany(Supplier<JsonNode> value) {
        if (chance(0.5)) {
            return value.get();
        }
        ArrayNode array = JSON.arrayNode();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            array.add(value.get());
        }
        return array;
    }

    /** The type: a single string or an array holding it, with more types before or after. */
    JsonNode type(String... types) {
        if (types.length == 1 && chance(0.5)) {
            return JSON.textNode(types[0]);
        }
        ArrayNode array = JSON.arrayNode();
        for (String type : types) {
            array.add(type);
        }
        return array;
    }

    String iri() {
        return switch (random.nextInt(7)) {
            case 0 -> "urn:uuid:" + new java.util.UUID(random.nextLong(), random.nextLong());
            case 1 -> "https://example.edu/" + slug() + "/" + random.nextInt(100_000);
            case 2 -> "did:example:" + Long.toHexString(random.nextLong());
            case 3 -> "https://example.org/a/b?q=" + slug() + "&n=" + random.nextInt(9) + "#frag";
            case 4 -> "http://example.com/%C3%A9t%C3%A9/" + slug();
            case 5 -> "https://example.org/caf\u00e9/" + slug();
            default -> "did:key:z6Mk" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        };
    }

    private String slug() {
        return Long.toString(random.nextLong() & 0xFFFFFFL, 36);
    }

    String words() {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            text.append(i > 0 ? " " : "").append(pick(WORDS));
        }
        return text.toString();
    }

    /** A plain string, or a language-tagged value object. */
    JsonNode text() {
        if (chance(0.15)) {
            ObjectNode value = object();
            value.put("@value", words());
            value.put("@language", pick(LANGUAGES));
            return value;
        }
        return JSON.textNode(words());
    }

    JsonNode dateTime() {
        int year = 1990 + random.nextInt(60);
        String date = String.format("%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return JSON.textNode(
                switch (random.nextInt(5)) {
                    case 0 -> date;
                    case 1 -> date + "T10:20:30Z";
                    case 2 -> date + "T10:20:30.123+02:00";
                    case 3 -> date + "T00:00:00.000Z";
                    default -> date + "T23:59:59-05:30";
                });
    }

    /** Numbers as JSON has them: integers, decimals, whole decimals (42.0), large and small, negative. */
    JsonNode number() {
        return switch (random.nextInt(8)) {
            case 0 -> JSON.numberNode(random.nextInt(1000));
            case 1 -> JSON.numberNode(new BigDecimal(random.nextInt(100) + ".0"));
            case 2 -> JSON.numberNode(new BigDecimal(random.nextInt(1000) + "." + random.nextInt(100)));
            case 3 -> JSON.numberNode(new BigDecimal("-" + random.nextInt(50) + ".25"));
            case 4 -> JSON.numberNode(new BigDecimal("1.5E-7"));
            case 5 -> JSON.numberNode(new BigDecimal("12345678901234567890123"));
            case 6 -> JSON.numberNode(new BigDecimal("3.0E2"));
            default -> JSON.numberNode(random.nextLong());
        };
    }

    JsonNode image() {
        if (chance(0.5)) {
            return JSON.textNode(iri());
        }
        ObjectNode image = object();
        image.put("id", iri());
        image.put("type", "Image");
        maybe(image, "caption", 0.6, this::text);
        return image;
    }

    JsonNode alignment() {
        ObjectNode alignment = object();
        alignment.set("type", type("Alignment"));
        alignment.set("targetName", text());
        alignment.put("targetUrl", iri());
        maybe(alignment, "targetCode", 0.5, () -> JSON.textNode(words()));
        maybe(alignment, "targetDescription", 0.5, this::text);
        maybe(alignment, "targetFramework", 0.5, this::text);
        maybe(alignment, "targetType", 0.5, () -> JSON.textNode(pick(new String[] {"CFItem", "CTDL", "ext:Other"})));
        return alignment;
    }

    JsonNode identifierEntry() {
        ObjectNode entry = object();
        entry.put("type", "IdentifierEntry");
        entry.put("identifier", words());
        entry.put("identifierType", pick(new String[] {"sourcedId", "systemId", "ext:custom"}));
        return entry;
    }

    JsonNode identityObject() {
        ObjectNode identity = object();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", chance(0.5) ? "sha256$" + Long.toHexString(random.nextLong()) : "a@b.example");
        identity.put("identityType", "emailAddress");
        identity.put("hashed", chance(0.5));
        maybe(identity, "salt", 0.5, () -> JSON.textNode(words()));
        return identity;
    }

    JsonNode address() {
        ObjectNode address = object();
        address.set("type", type("Address"));
        maybe(address, "addressCountry", 0.7, this::text);
        maybe(address, "addressCountryCode", 0.5, () -> JSON.textNode("CH"));
        maybe(address, "addressLocality", 0.7, this::text);
        maybe(address, "postalCode", 0.5, () -> JSON.textNode(String.valueOf(random.nextInt(99999))));
        maybe(address, "streetAddress", 0.5, this::text);
        if (chance(0.4)) {
            ObjectNode geo = object();
            geo.put("type", "GeoCoordinates");
            geo.set("latitude", number());
            geo.set("longitude", number());
            address.set("geo", geo);
        }
        return address;
    }
}
