package dev.laurel.credentials.rdf;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Hashes strings as UTF-8 and returns lower-case hex, reusing one digest and one byte buffer. Not thread-safe: one per
 * canonicalization run.
 */
final class Hasher {

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    private byte[] buffer = new byte[1024];

    Hasher(MessageDigest digest) {
        this.digest = digest;
    }

    /** Feeds {@code text} to the digest as UTF-8; lone surrogates become U+FFFD, as WHATWG encoders do. */
    void update(CharSequence text) {
        int length = text.length();
        if (buffer.length < length * 3) {
            buffer = new byte[Math.max(length * 3, buffer.length * 2)];
        }
        byte[] out = buffer;
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < length ? text.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int codePoint = Character.toCodePoint(c, low);
                    i++;
                    out[n++] = (byte) (0xF0 | (codePoint >> 18));
                    out[n++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                    out[n++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                    out[n++] = (byte) (0x80 | (codePoint & 0x3F));
                } else {
                    out[n++] = (byte) 0xEF;
                    out[n++] = (byte) 0xBF;
                    out[n++] = (byte) 0xBD;
                }
            } else {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        digest.update(out, 0, n);
    }

    /** Completes the digest of everything fed since the last call, as lower-case hex, and resets it. */
    String hexDigest() {
        return HEX.formatHex(digest.digest());
    }

    String hash(CharSequence text) {
        update(text);
        return hexDigest();
    }
}
