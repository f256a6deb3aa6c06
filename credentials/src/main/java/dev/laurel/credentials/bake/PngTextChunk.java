package dev.laurel.credentials.bake;

import dev.laurel.credentials.bake.PngDatastream.Chunk;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PNG text chunks that carry a credential: {@code iTXt} with keyword {@code openbadgecredential} (Open Badges 3.0) or
 * {@code openbadges} (2.0), and the legacy {@code tEXt} {@code openbadges} chunk holding a hosted assertion URL.
 */
final class PngTextChunk {

    /** A compressed iTXt may expand to at most this many bytes (decompression bomb guard). */
    static final int MAX_INFLATED_BYTES = 8 * 1024 * 1024;

    sealed interface Decoded {}

    record Text(String text) implements Decoded {}

    record Malformed(String message) implements Decoded {}

    private PngTextChunk() {}

    /** The standard whose credential this chunk carries, judged by chunk type and keyword only. */
    static Optional<BadgeStandard> credentialIn(byte[] bytes, Chunk chunk) {
        boolean itxt = chunk.type().equals("iTXt");
        if (!itxt && !chunk.type().equals("tEXt")) {
            return Optional.empty();
        }
        for (BadgeStandard standard : BadgeStandard.values()) {
            if ((itxt || standard == BadgeStandard.OPEN_BADGES_2_0) && hasKeyword(bytes, chunk, standard.pngKeyword)) {
                return Optional.of(standard);
            }
        }
        return Optional.empty();
    }

    /** The text of a chunk for which {@link #credentialIn} found a standard. */
    static Decoded decode(byte[] bytes, Chunk chunk, BadgeStandard standard) {
        int start = chunk.dataOffset() + standard.pngKeyword.length() + 1;
        int end = chunk.dataOffset() + chunk.length();
        String name = chunk.type() + " " + standard.pngKeyword;
        if (chunk.type().equals("tEXt")) {
            return new Text(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
        }
        if (end - start < 2) {
            return new Malformed(name + " chunk ends before its compression fields");
        }
        int flag = bytes[start];
        int method = bytes[start + 1];
        int language = indexOfNull(bytes, start + 2, end);
        int translated = language < 0 ? -1 : indexOfNull(bytes, language + 1, end);
        if (translated < 0) {
            return new Malformed(
                    name + " chunk lacks the null separators after its language tag and translated" + " keyword");
        }
        int textStart = translated + 1;
        if (flag == 0) {
            return utf8(bytes, textStart, end - textStart, name);
        }
        if (flag != 1 || method != 0) {
            return new Malformed(name + " chunk has an unknown compression flag " + flag + " or method " + method);
        }
        return inflate(bytes, textStart, end - textStart, name);
    }

    /** A complete iTXt chunk (length, type, data, CRC) carrying the text uncompressed, with empty language fields. */
    static byte[] encode(BadgeStandard standard, String text) {
        byte[] keyword = standard.pngKeyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        long length = (long) keyword.length + 5 + utf8.length;
        if (length > Integer.MAX_VALUE - 12) {
            throw new IllegalArgumentException("payload too large for a PNG chunk");
        }
        ByteBuffer chunk = ByteBuffer.allocate((int) length + 12);
        chunk.putInt((int) length).put("iTXt".getBytes(StandardCharsets.US_ASCII));
        // keyword, null, compression flag 0, compression method 0, empty language tag, empty translated keyword
        chunk.put(keyword).put(new byte[] {0, 0, 0, 0, 0}).put(utf8);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, (int) length + 4);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static boolean hasKeyword(byte[] bytes, Chunk chunk, String keyword) {
        int length = keyword.length();
        if (chunk.length() <= length || bytes[chunk.dataOffset() + length] != 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[chunk.dataOffset() + i] != keyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNull(byte[] bytes, int from, int end) {
        for (int i = from; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Decoded utf8(byte[] bytes, int offset, int length, String name) {
        try {
            return new Text(StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString());
        } catch (CharacterCodingException e) {
            return new Malformed(name + " chunk text is not valid UTF-8");
        }
    }

    private static Decoded inflate(byte[] bytes, int offset, int length, String name) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished()) {
                    return new Malformed(name + " chunk's compressed text is truncated");
                }
                if (out.size() + n > MAX_INFLATED_BYTES) {
                    return new Malformed(
                            name + " chunk's compressed text expands beyond " + MAX_INFLATED_BYTES + " bytes, refused");
                }
                out.write(buffer, 0, n);
            }
            byte[] text = out.toByteArray();
            return utf8(text, 0, text.length, name);
        } catch (DataFormatException e) {
            return new Malformed(name + " chunk's compressed text is not valid zlib data");
        } finally {
            inflater.end();
        }
    }
}
