package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Maps JSON numbers to {@link BigDecimal} and back without changing their kind.
 *
 * <p>An integer ({@code 42}) becomes a decimal of scale 0 and is written back as an integer; a number with a
 * fraction or exponent ({@code 42.0}, {@code 1e2}) becomes a decimal of positive scale (at least 1) and is written
 * back with a fraction. So {@code 42.0} stays {@code 42.0} and {@code 42} stays {@code 42}.
 */
final class JsonNumbers {

    private JsonNumbers() {}

    /** The exact value of a number node, or null if it is not finite. */
    static BigDecimal toDecimal(JsonNode number) {
        if (number.isIntegralNumber()) {
            return new BigDecimal(number.bigIntegerValue());
        }
        if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
            return null;
        }
        BigDecimal decimal = number.decimalValue();
        return decimal.scale() > 0 ? decimal : decimal.setScale(1);
    }

    /** The node for {@code value}: an integer node for scale 0, a decimal node otherwise. */
    static JsonNode toNode(BigDecimal value) {
        if (value.scale() != 0) {
            return DecimalNode.valueOf(value);
        }
        BigInteger integer = value.unscaledValue();
        if (integer.bitLength() < Integer.SIZE) {
            return IntNode.valueOf(integer.intValue());
        }
        return integer.bitLength() < Long.SIZE
                ? LongNode.valueOf(integer.longValue())
                : BigIntegerNode.valueOf(integer);
    }
}
