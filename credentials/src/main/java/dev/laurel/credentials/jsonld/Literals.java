package dev.laurel.credentials.jsonld;

import com.apicatalog.jsonld.lang.LanguageTag;
import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.rdf.Iri;
import dev.laurel.credentials.rdf.Literal;
import jakarta.json.JsonNumber;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * JSON scalars to RDF literals, by the rules of the general path: JSON-LD's Object to RDF conversion as the processor
 * implements it, on numbers as {@link JakartaJson} hands them to it (a whole decimal such as {@code 42.0} is the
 * integer 42).
 */
final class Literals {

    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Iri XSD_BOOLEAN = new Iri(XSD + "boolean");
    private static final Iri XSD_INTEGER = new Iri(XSD + "integer");
    private static final Iri XSD_DOUBLE = new Iri(XSD + "double");
    private static final BigDecimal INTEGER_LIMIT = BigDecimal.ONE.movePointRight(21);

    /** Language tags the fast path takes: simple ones; the general path may silently drop others. */
    private static final Pattern SIMPLE_LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private Literals() {}

    /** The literal of a string, number or boolean, typed {@code datatype} when not null. */
    static Literal of(JsonNode value, Iri datatype) {
        if (value.isTextual()) {
            return datatype == null ? Literal.string(value.textValue()) : Literal.typed(value.textValue(), datatype);
        }
        if (value.isBoolean()) {
            return Literal.typed(value.booleanValue() ? "true" : "false", datatype == null ? XSD_BOOLEAN : datatype);
        }
        if (value.isNumber()) {
            return number(value, datatype);
        }
        throw new Decline("a value that is not a string, number or boolean");
    }

    /** A language-tagged string; the tag lower-cased, as expansion does. */
    static Literal languageTagged(JsonNode value, String language) {
        if (!value.isTextual()) {
            throw new Decline("a language-tagged value that is not a string");
        }
        // the processor lower-cases with the default locale; for the ASCII tags taken here every locale agrees but one
        String tag = language.toLowerCase(Locale.ROOT);
        if (!SIMPLE_LANGUAGE.matcher(language).matches()
                || !tag.equals(language.toLowerCase())
                || !LanguageTag.isWellFormed(tag)) {
            throw new Decline("the language tag '" + language + "'");
        }
        return Literal.languageTagged(value.textValue(), tag);
    }

    private static Literal number(JsonNode value, Iri datatype) {
        JsonNumber number = (JsonNumber) JakartaJson.toValue(value);
        String type = datatype == null ? null : datatype.value();
        boolean asDouble = (!number.isIntegral() && number.doubleValue() % -1 != 0)
                || (XSD + "double").equals(type)
                || (XSD + "float").equals(type)
                || number.bigDecimalValue().compareTo(INTEGER_LIMIT) >= 0;
        if (asDouble) {
            return Literal.typed(xsdDouble(number.bigDecimalValue()), datatype == null ? XSD_DOUBLE : datatype);
        }
        return Literal.typed(number.bigIntegerValue().toString(), datatype == null ? XSD_INTEGER : datatype);
    }

    /** The processor's canonical form of a double, e.g. {@code 4.25E1}. */
    private static String xsdDouble(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.0##############E0", new DecimalFormatSymbols(Locale.ENGLISH));
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }
}
