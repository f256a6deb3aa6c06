package dev.laurel.credentials.bake;

import java.util.Objects;

/**
 * The kind of an image, told by its content (never by a file name): the PNG signature, or an XML document whose root
 * element's local name is {@code svg}.
 *
 * <p>Detection only sniffs the bytes; a detected SVG may still be rejected when parsed. Compressed SVG (svgz) and
 * SVG encoded in UTF-16 are {@link #OTHER}.
 */
public enum ImageKind {
    /** Starts with the eight-byte PNG signature. */
    PNG,
    /** UTF-8 (or ASCII-compatible) XML whose root element's local name is {@code svg}. */
    SVG,
    /** Anything else. */
    OTHER;

    /**
     * Tells the kind of an image. Never throws for any content; thread-safe.
     *
     * @param image the image bytes
     * @return {@link #PNG}, {@link #SVG} or {@link #OTHER}
     */
    public static ImageKind detect(byte[] image) {
        Objects.requireNonNull(image, "image");
        if (PngDatastream.hasSignature(image)) {
            return PNG;
        }
        return XmlProlog.scan(image)
                .filter(prolog -> prolog.rootLocalName().equals("svg"))
                .map(prolog -> SVG)
                .orElse(OTHER);
    }
}
