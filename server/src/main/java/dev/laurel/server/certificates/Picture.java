package dev.laurel.server.certificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image a certificate design carries (background, logo, a signature): PNG or JPEG, known by its bytes, never by
 * its name or the media type a browser claimed.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the image file
 */
public record Picture(String mediaType, byte[] bytes) {

    /** The widest and tallest picture taken, in pixels: a small file can still decode to a huge bitmap. */
    static final int MAX_SIDE = 6000;

    public Picture {
        Objects.requireNonNull(mediaType, "mediaType");
        bytes = bytes.clone();
    }

    /** The picture in {@code bytes}, if they are a PNG or JPEG of at most {@value #MAX_SIDE} pixels a side. */
    public static Optional<Picture> of(byte[] bytes) {
        String type = type(bytes);
        if (type == null || !sensibleSize(bytes)) {
            return Optional.empty();
        }
        return Optional.of(new Picture(type, bytes));
    }

    /** The picture of a {@code data:image/png;base64,…} or JPEG data URI, if it is one. */
    public static Optional<Picture> ofDataUri(String uri) {
        if (uri == null || !uri.startsWith("data:image/")) {
            return Optional.empty();
        }
        int comma = uri.indexOf(";base64,");
        if (comma < 0) {
            return Optional.empty();
        }
        try {
            return of(Base64.getDecoder().decode(uri.substring(comma + ";base64,".length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The picture as a data URI, as certificate templates and the API carry it. */
    public String dataUri() {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    int size() {
        return bytes.length;
    }

    private static String type(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        return null;
    }

    /** Reads only the header: the picture's width and height, without decoding its pixels. */
    private static boolean sensibleSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Picture that && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Picture[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
