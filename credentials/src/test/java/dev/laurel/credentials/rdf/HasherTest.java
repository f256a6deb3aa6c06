package dev.laurel.credentials.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HasherTest {

    @Test
    void hashesTextAsUtf8() throws Exception {
        String text = "ascii é ∞ " + Character.toString(0x1F303) + " " + "x".repeat(2000);

        String hash = new Hasher(MessageDigest.getInstance("SHA-256")).hash(text);

        assertThat(hash).isEqualTo(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashesALoneSurrogateAsTheReplacementCharacter() throws Exception {
        String text = "a" + (char) 0xD800 + "b";
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("a\uFFFDb".getBytes(StandardCharsets.UTF_8));

        String hash = new Hasher(MessageDigest.getInstance("SHA-256")).hash(text);

        assertThat(hash).isEqualTo(sha256(expected.toByteArray()));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
