package dev.laurel.credentials.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/** Jackson trees to the Jakarta JSON-P values Titanium reads. */
final class JakartaJson {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final BigDecimal INTEGER_LIMIT = new BigDecimal("1e21");

    private JakartaJson() {}

    static JsonStructure toStructure(JsonNode node) {
        JsonValue value = toValue(node);
        if (value instanceof JsonStructure structure) {
            return structure;
        }
        throw new JsonLdException(JsonLdException.Kind.INVALID, "a JSON-LD document must be an object or array", null);
    }

    static JsonValue toValue(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> {
                JsonObjectBuilder object = PROVIDER.createObjectBuilder();
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    object.add(entry.getKey(), toValue(entry.getValue()));
                }
                yield object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = PROVIDER.createArrayBuilder();
                for (JsonNode element : node) {
                    array.add(toValue(element));
                }
                yield array.build();
            }
            case STRING -> PROVIDER.createValue(node.textValue());
            case BOOLEAN -> node.booleanValue() ? JsonValue.TRUE : JsonValue.FALSE;
            case NUMBER -> number(node);
            default -> JsonValue.NULL;
        };
    }

    /**
     * JSON-LD's toRdf reads a number with no non-zero fractional part, below 10^21, as an integer; JSON numbers have
     * no separate integer type, so {@code 42.0} is that integer.
     */
    private static JsonValue number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return PROVIDER.createValue(node.bigIntegerValue());
        }
        BigDecimal decimal = node.decimalValue();
        if (decimal.abs().compareTo(INTEGER_LIMIT) < 0 && isWhole(decimal)) {
            BigInteger whole = decimal.toBigIntegerExact();
            return PROVIDER.createValue(whole);
        }
        return PROVIDER.createValue(decimal);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
