package dev.laurel.credentials.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The library's JSON reader and writer: strict (duplicate keys and trailing tokens are errors), bounded (nesting depth
 * 64, strings 4 MiB, numbers 1,000 digits) and exact (numbers keep their written form: {@code 42.0} stays {@code 42.0}).
 *
 * <p>{@link #parse} throws {@link MalformedJsonException} with the line and column of the problem. Thread-safe.
 */
public final class Json {

    /**
     * The deepest nesting accepted. Credentials nest about 15 levels (a CLR holding endorsed credentials); the JSON-LD
     * processor recurses per level, and at 200 levels it overflowed a 512 KiB thread stack (found by fuzzing).
     */
    public static final int MAX_DEPTH = 64;

    /** The shared mapper; configured once, safe to use from any thread. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(4 * 1024 * 1024)
                            .maxNumberLength(1000)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {}

    /** Parses UTF-8 JSON text; bytes that are not UTF-8 are malformed JSON (RFC 8259 §8.1). */
    public static JsonNode parse(byte[] utf8) {
        return parse(Utf8.decode(utf8));
    }

    /** Parses JSON text; a byte-order mark is skipped. */
    public static JsonNode parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new MalformedJsonException("empty input: expected JSON");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new MalformedJsonException("malformed JSON" + where + ": " + plain(e.getOriginalMessage()), e);
        }
    }

    /** The parser's message about the input, without the names of the parser's settings. */
    private static String plain(String message) {
        return message == null
                ? "unreadable"
                : message.replaceAll(",?\\s*from `StreamReadConstraints[^`]*`", "")
                        .replaceAll(" \\(set `StreamReadConstraints[^)]*\\)", "");
    }

    /** Writes compact JSON. */
    public static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes indented JSON, two spaces, as the spec examples are. */
    public static String writePretty(JsonNode json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
