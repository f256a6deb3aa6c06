package dev.laurel.credentials.bake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The chunk layout of a PNG datastream, read without copying: every length is checked against the bytes that remain
 * and every chunk's CRC is verified, up to and including {@code IEND}.
 */
final class PngDatastream {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final long MAX_CHUNK_LENGTH = 0x7fff_ffffL;

    /** One chunk: {@code offset} is where its length field starts; its data is {@code length} bytes. */
    record Chunk(String type, int offset, int length) {
        int dataOffset() {
            return offset + 8;
        }

        int end() {
            return offset + 12 + length;
        }
    }

    sealed interface Parsed {}

    /** The chunks from {@code IHDR} to {@code IEND}; bytes from {@code end} on follow {@code IEND} and are kept. */
    record Layout(List<Chunk> chunks, int end) implements Parsed {}

    record Broken(String message) implements Parsed {}

    private PngDatastream() {}

    static boolean hasSignature(byte[] bytes) {
        return bytes.length >= SIGNATURE.length
                && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    static Parsed parse(byte[] bytes) {
        if (!hasSignature(bytes)) {
            return new Broken("not a PNG image");
        }
        List<Chunk> chunks = new ArrayList<>();
        int position = SIGNATURE.length;
        String previous = "the signature";
        while (true) {
            int remaining = bytes.length - position;
            if (remaining == 0) {
                return new Broken("PNG truncated after " + previous + ": no IEND chunk");
            }
            if (remaining < 8) {
                return new Broken("PNG truncated in the chunk header after " + previous);
            }
            long length = readUnsignedInt(bytes, position);
            if (!isChunkType(bytes, position + 4)) {
                return new Broken("PNG chunk type at offset " + (position + 4) + " is not four ASCII letters");
            }
            String type = new String(bytes, position + 4, 4, StandardCharsets.US_ASCII);
            if (length > MAX_CHUNK_LENGTH) {
                return new Broken("PNG chunk " + type + " declares an invalid length " + length);
            }
            if (length + 4 > remaining - 8) {
                return new Broken("PNG truncated in chunk " + type + " (declares " + length + " data bytes, "
                        + (remaining - 8) + " bytes follow its header)");
            }
            Chunk chunk = new Chunk(type, position, (int) length);
            if (chunks.isEmpty() && !(type.equals("IHDR") && length == 13)) {
                return new Broken("PNG does not start with an IHDR chunk");
            }
            if (crc(bytes, chunk) != readUnsignedInt(bytes, chunk.end() - 4)) {
                return new Broken("PNG chunk CRC mismatch in " + type);
            }
            chunks.add(chunk);
            position = chunk.end();
            previous = "chunk " + type;
            if (type.equals("IEND")) {
                return new Layout(List.copyOf(chunks), position);
            }
        }
    }

    /** The CRC of a chunk's type and data, as the PNG specification computes it. */
    static long crc(byte[] bytes, Chunk chunk) {
        CRC32 crc = new CRC32();
        crc.update(bytes, chunk.offset() + 4, chunk.length() + 4);
        return crc.getValue();
    }

    static long readUnsignedInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xffL) << 24)
                | ((bytes[offset + 1] & 0xffL) << 16)
                | ((bytes[offset + 2] & 0xffL) << 8)
                | (bytes[offset + 3] & 0xffL);
    }

    private static boolean isChunkType(byte[] bytes, int offset) {
        for (int i = offset; i < offset + 4; i++) {
            int c = bytes[i];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return false;
            }
        }
        return true;
    }
}
