package dev.laurel.credentials.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** GZIP (RFC 1952) in memory, with a hard cap on how much a stream may expand to. */
final class Gzip {
    private Gzip() {}

    static byte[] compress(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory GZIP cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Expands {@code compressed}, refusing to produce more than {@code maxBytes}. */
    static Expanded expand(byte[] compressed, int maxBytes) {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            int read;
            while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (out.size() + read > maxBytes) {
                    return new Expanded.Failed(
                            StatusFailure.LIST_TOO_LARGE,
                            "encodedList expands to more than " + maxBytes + " bytes; refusing to decompress further");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            return new Expanded.Failed(
                    StatusFailure.INVALID_GZIP, "encodedList is not a complete GZIP stream: " + describe(e));
        }
        return new Expanded.Bytes(out.toByteArray());
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    sealed interface Expanded {
        record Bytes(byte[] value) implements Expanded {}

        record Failed(StatusFailure failure, String message) implements Expanded {}
    }
}
