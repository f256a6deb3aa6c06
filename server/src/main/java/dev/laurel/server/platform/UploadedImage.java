package dev.laurel.server.platform;

import dev.laurel.credentials.bake.ImageKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An uploaded image, checked by its content (never its name or declared type): PNG, JPEG or SVG, its size in bytes,
 * and its dimensions (read from the PNG/JPEG header, or from the SVG's width/height or viewBox). XML is parsed without
 * DTDs or external entities.
 */
public final class UploadedImage {

    /** The largest upload accepted: 2 MB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** The largest width or height decoded: a small file can claim an enormous raster. */
    static final int MAX_SIDE = 8192;

    private UploadedImage() {}

    /** A readable image. */
    public record Checked(byte[] bytes, String mediaType, int width, int height) {
        public boolean square() {
            return width == height;
        }
    }

    /** Why an upload was refused: a message key and its arguments, for the form. */
    public record Refusal(String messageKey, Object... arguments) {

        /** The refusal as the form shows it. */
        public String message(org.springframework.context.MessageSource messages, Locale locale) {
            return messages.getMessage(messageKey, arguments, locale);
        }
    }

    /** The outcome of a check: the image, or why not. */
    public sealed interface Result permits Accepted, Refused {}

    public record Accepted(Checked image) implements Result {}

    public record Refused(Refusal refusal) implements Result {}

    /**
     * Checks an upload.
     *
     * @param allowJpeg whether JPEG is acceptable (badge images must be PNG or SVG, to be baked)
     * @param square whether the image must be square
     * @param minSide the smallest acceptable width and height, in pixels
     */
    public static Result check(byte[] bytes, boolean allowJpeg, boolean square, int minSide) {
        if (bytes == null || bytes.length == 0) {
            return refused("image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            return refused("image.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        ImageKind kind = ImageKind.detect(bytes);
        int[] size;
        String type;
        if (kind == ImageKind.PNG) {
            type = "image/png";
            size = raster(bytes);
        } else if (kind == ImageKind.SVG) {
            type = "image/svg+xml";
            size = svg(bytes);
        } else if (allowJpeg && bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            type = "image/jpeg";
            size = raster(bytes);
        } else {
            return refused(allowJpeg ? "image.type.logo" : "image.type.badge");
        }
        if (size == null) {
            return refused("image.unreadable");
        }
        if (square && size[0] != size[1]) {
            return refused("image.notSquare", size[0], size[1]);
        }
        if (size[0] < minSide || size[1] < minSide) {
            return refused("image.tooSmall", minSide, size[0], size[1]);
        }
        return new Accepted(new Checked(bytes, type, size[0], size[1]));
    }

    private static Result refused(String key, Object... arguments) {
        return new Refused(new Refusal(key, arguments));
    }

    private static int[] raster(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int[] size = {reader.getWidth(0), reader.getHeight(0)};
                if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
                    return null;
                }
                reader.read(0);
                return size;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The SVG root's width and height, from its attributes or else its viewBox; null when unreadable. */
    private static int[] svg(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    Double width = length(xml.getAttributeValue(null, "width"));
                    Double height = length(xml.getAttributeValue(null, "height"));
                    String viewBox = xml.getAttributeValue(null, "viewBox");
                    if ((width == null || height == null) && viewBox != null) {
                        String[] box = viewBox.trim().split("[\\s,]+");
                        if (box.length == 4) {
                            width = width == null ? Double.valueOf(box[2]) : width;
                            height = height == null ? Double.valueOf(box[3]) : height;
                        }
                    }
                    return width == null || height == null
                            ? null
                            : new int[] {(int) Math.round(width), (int) Math.round(height)};
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    private static Double length(String value) {
        if (value == null) {
            return null;
        }
        String number = value.trim().toLowerCase(Locale.ROOT);
        if (number.endsWith("%")) {
            return null;
        }
        number = number.replaceAll("(px|pt|mm|cm|in|em)$", "");
        try {
            return Double.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
