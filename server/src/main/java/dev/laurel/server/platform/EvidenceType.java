package dev.laurel.server.platform;

import java.util.Arrays;

/**
 * What an uploaded evidence file is, by its first bytes (its name and declared type are not trusted): a PDF, PNG or
 * JPEG, the files renewal requests and applications accept.
 */
public final class EvidenceType {

    private EvidenceType() {}

    /** The media type the first bytes say, or null when they are not a PDF, PNG or JPEG. */
    public static String of(byte[] bytes) {
        if (starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        byte[] prefix = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            prefix[i] = (byte) magic[i];
        }
        return Arrays.equals(bytes, 0, magic.length, prefix, 0, magic.length);
    }
}
