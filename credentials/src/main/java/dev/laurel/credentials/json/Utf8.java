package dev.laurel.credentials.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way the library turns input bytes into text: strict UTF-8 (RFC 8259 §8.1). A byte that is not part of a
 * well-formed UTF-8 sequence is an error, never replaced by U+FFFD: a replacing decoder would let two different
 * byte strings read as the same credential, and a signature survive a changed byte.
 */
public final class Utf8 {

    private Utf8() {}

    /**
     * Decodes {@code bytes} as UTF-8.
     *
     * @throws MalformedJsonException naming the offset of the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes {@code length} bytes from {@code offset} as UTF-8; throws as {@link #decode(byte[])} does. */
    public static String decode(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        try {
            CharBuffer text = decoder.decode(in);
            return text.toString();
        } catch (CharacterCodingException e) {
            int at = in.position() - offset;
            throw new MalformedJsonException("the text is not valid UTF-8: the byte at offset " + at + " (0x"
                    + String.format("%02X", bytes[offset + Math.min(at, length - 1)] & 0xFF)
                    + ") is not part of a UTF-8 character (RFC 8259 §8.1 requires UTF-8)");
        }
    }
}
