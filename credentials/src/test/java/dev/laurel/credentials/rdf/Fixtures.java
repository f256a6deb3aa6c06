package dev.laurel.credentials.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the specification fixtures under {@code src/test/resources/spec}. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String relative) {
        try {
            var url = Fixtures.class.getResource("/spec/" + relative);
            if (url == null) {
                throw new IllegalArgumentException("no fixture spec/" + relative);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture as text; fails on malformed UTF-8 rather than replacing it. */
    static String text(String relative) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(relative)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("spec/" + relative + " is not UTF-8", e);
        }
    }
}
