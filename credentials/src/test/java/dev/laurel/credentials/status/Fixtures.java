package dev.laurel.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Test inputs: spec fixtures from the classpath, JSON literals, and raw GZIP/base64url done independently. */
final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SPEC = "/spec/vectors/vc-bitstring-status-list/";

    private Fixtures() {}

    static ObjectNode resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + path);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bitstring behind an {@code encodedList}, decoded without the code under test. */
    static byte[] rawBits(String encodedList) {
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code u} + base64url(gzip(bits)), encoded without the code under test. */
    static String encodedList(byte[] bits) {
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
