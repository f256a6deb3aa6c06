package dev.laurel.credentials.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * The entry point for reading JSON into the model and writing the model as JSON.
 *
 * <p><b>Reading</b> never throws for bad input: it returns a {@link ReadResult}, either the model or every {@link
 * ReadProblem} found, each with the JSON Pointer of the offending value. It checks JSON shapes (types of values,
 * date-time syntax), not required properties or vocabularies; validate against the 1EdTech JSON Schemas for that.
 * Text is parsed strictly: a duplicate key or trailing content is {@link ReadProblem.Kind#INVALID_JSON}.
 *
 * <p><b>Writing</b> reproduces what was read: a document read and written again is the same JSON, apart from the
 * order of properties (modelled properties come first, in the conventional order {@code @context}, {@code id},
 * {@code type}, …, then extension properties, then {@code proof}). Single values and arrays, numbers ({@code 42.0}
 * vs {@code 42}), date-time strings, {@code @context} entries and unmodelled properties at any depth are kept. For
 * the numbers to be compared as nodes, parse with {@link #parse(String)}, which reads decimals exactly; compared as
 * text re-parsed by any JSON parser they are equal too.
 *
 * <p>All methods are static and thread-safe; the shared mapper is configured once and never changed.
 */
public final class CredentialJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CredentialJson() {}

    /**
     * Parses JSON text, keeping decimals exact ({@code 42.0} stays a decimal with its scale).
     *
     * @return the tree, or an {@link ReadProblem.Kind#INVALID_JSON} failure with the parser's message and location
     */
    public static ReadResult<JsonNode> parse(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                return invalidJson("no JSON value");
            }
            return new ReadResult.Success<>(tree);
        } catch (JsonProcessingException e) {
            return invalidJson(e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " at line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr()));
        }
    }

    /** Reads any credential, choosing its kind from {@code type} (see {@link VerifiableCredential}). */
    public static ReadResult<VerifiableCredential> read(JsonNode json) {
        return JsonReading.read(json, CredentialJson::readAny);
    }

    /** Parses and reads any credential (see {@link #read(JsonNode)}). */
    public static ReadResult<VerifiableCredential> read(String json) {
        return parseThen(json, CredentialJson::read);
    }

    /** Reads an Open Badges 3.0 AchievementCredential (OpenBadgeCredential), whatever its {@code type} says. */
    public static ReadResult<AchievementCredential> readAchievementCredential(JsonNode json) {
        return JsonReading.read(json, AchievementCredential::read);
    }

    /** Parses and reads an AchievementCredential. */
    public static ReadResult<AchievementCredential> readAchievementCredential(String json) {
        return parseThen(json, CredentialJson::readAchievementCredential);
    }

    /** Reads an Open Badges 3.0 EndorsementCredential, whatever its {@code type} says. */
    public static ReadResult<EndorsementCredential> readEndorsementCredential(JsonNode json) {
        return JsonReading.read(json, EndorsementCredential::read);
    }

    /** Parses and reads an EndorsementCredential. */
    public static ReadResult<EndorsementCredential> readEndorsementCredential(String json) {
        return parseThen(json, CredentialJson::readEndorsementCredential);
    }

    /** Reads a CLR 2.0 ClrCredential, whatever its {@code type} says. */
    public static ReadResult<ClrCredential> readClrCredential(JsonNode json) {
        return JsonReading.read(json, ClrCredential::read);
    }

    /** Parses and reads a ClrCredential. */
    public static ReadResult<ClrCredential> readClrCredential(String json) {
        return parseThen(json, CredentialJson::readClrCredential);
    }

    /** Reads a Profile (an issuer, or a standalone profile document such as the OB 3.0 API's). */
    public static ReadResult<Profile> readProfile(JsonNode json) {
        return JsonReading.read(json, Profile::read);
    }

    /** Parses and reads a Profile. */
    public static ReadResult<Profile> readProfile(String json) {
        return parseThen(json, CredentialJson::readProfile);
    }

    /** Reads an Achievement (for example one stored on its own). */
    public static ReadResult<Achievement> readAchievement(JsonNode json) {
        return JsonReading.read(json, Achievement::read);
    }

    /** Parses and reads an Achievement. */
    public static ReadResult<Achievement> readAchievement(String json) {
        return parseThen(json, CredentialJson::readAchievement);
    }

    /** Writes a credential as a new JSON object. */
    public static ObjectNode write(VerifiableCredential credential) {
        return JsonWriting.write(credential, CredentialJson::writeAny);
    }

    /** Writes a profile as a new JSON object. */
    public static ObjectNode write(Profile profile) {
        return JsonWriting.write(profile, Profile::write);
    }

    /** Writes an achievement as a new JSON object. */
    public static ObjectNode write(Achievement achievement) {
        return JsonWriting.write(achievement, Achievement::write);
    }

    /** Writes a credential as compact JSON text. */
    public static String toJson(VerifiableCredential credential) {
        return toJson(write(credential));
    }

    /** Writes JSON as compact text. */
    public static String toJson(JsonNode json) {
        return text(json, false);
    }

    /** Writes JSON as indented text. */
    public static String toPrettyJson(JsonNode json) {
        return text(json, true);
    }

    static VerifiableCredential readAny(JsonReading in) {
        JsonNode type = in.node().get("type");
        if (hasType(type, "ClrCredential")) {
            return ClrCredential.read(in);
        }
        if (hasType(type, "EndorsementCredential")) {
            return EndorsementCredential.read(in);
        }
        if (hasType(type, "OpenBadgeCredential") || hasType(type, "AchievementCredential")) {
            return AchievementCredential.read(in);
        }
        return GenericCredential.read(in);
    }

    static void writeAny(VerifiableCredential credential, JsonWriting out) {
        switch (credential) {
            case AchievementCredential c -> c.write(out);
            case EndorsementCredential c -> c.write(out);
            case ClrCredential c -> c.write(out);
            case GenericCredential c -> c.write(out);
        }
    }

    private static boolean hasType(JsonNode type, String name) {
        if (type == null) {
            return false;
        }
        if (type.isTextual()) {
            return type.textValue().equals(name);
        }
        for (JsonNode item : type) {
            if (item.isTextual() && item.textValue().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static <T> ReadResult<T> parseThen(String json, Function<JsonNode, ReadResult<T>> reader) {
        return switch (parse(json)) {
            case ReadResult.Success<JsonNode> s -> reader.apply(s.value());
            case ReadResult.Failure<JsonNode> f -> new ReadResult.Failure<>(f.problems());
        };
    }

    private static <T> ReadResult<T> invalidJson(String message) {
        return new ReadResult.Failure<>(
                List.of(new ReadProblem(ReadProblem.Kind.INVALID_JSON, "", "a single JSON value", message)));
    }

    private static String text(JsonNode json, boolean pretty) {
        try {
            return pretty
                    ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json)
                    : MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing a JSON tree to a string cannot fail", e);
        }
    }
}
