package dev.laurel.credentials.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The spec test vectors under {@code spec/vectors/} on the test classpath. */
final class Vectors {

    private Vectors() {}

    static String text(String path) {
        try (InputStream in = Vectors.class.getResourceAsStream("/spec/vectors/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String path) {
        return CredentialJson.parse(text(path)).orElseThrow();
    }
}
