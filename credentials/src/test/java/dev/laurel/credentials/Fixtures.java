package dev.laurel.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources}: the shared spec vectors under {@code spec/}, and our own. */
public final class Fixtures {

    private Fixtures() {}

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** A file's text with trailing whitespace removed: hex digests and multibase values in the vectors. */
    public static String value(String path) {
        return text(path).strip();
    }

    public static JsonNode json(String path) {
        return Json.parse(bytes(path));
    }

    public static ObjectNode object(String path) {
        return (ObjectNode) json(path);
    }
}
