package dev.laurel.credentials.bake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images and payloads for the baking tests, and a PNG chunk reader written independently of the code under test.
 */
final class TestImages {

    static final String NAME = "Ngũyễn Thị Ánh";

    private TestImages() {}

    /** A PNG written by ImageIO, with a gradient so that every pixel differs. */
    static byte[] png(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = (x * 31 + seed) & 0xff;
                int green = (y * 17 + seed) & 0xff;
                int blue = (x * y + seed) & 0xff;
                image.setRGB(x, y, 0xff000000 | red << 16 | green << 8 | blue);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A chunk as found in a file: type, data, and the CRC stored after it. */
    record RawChunk(String type, byte[] data, int storedCrc) {
        static RawChunk of(String type, byte[] data) {
            return new RawChunk(type, data, crc(type, data));
        }

        boolean crcValid() {
            return storedCrc == crc(type, data);
        }
    }

    static List<RawChunk> chunks(byte[] png) {
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        List<RawChunk> chunks = new ArrayList<>();
        while (buffer.remaining() >= 12) {
            byte[] data = new byte[buffer.getInt()];
            byte[] type = new byte[4];
            buffer.get(type).get(data);
            chunks.add(new RawChunk(new String(type, StandardCharsets.US_ASCII), data, buffer.getInt()));
        }
        return chunks;
    }

    static byte[] assemble(List<RawChunk> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(png(1, 1, 0), 8));
        for (RawChunk chunk : chunks) {
            out.writeBytes(ByteBuffer.allocate(8)
                    .putInt(chunk.data().length)
                    .put(chunk.type().getBytes(StandardCharsets.US_ASCII))
                    .array());
            out.writeBytes(chunk.data());
            out.writeBytes(ByteBuffer.allocate(4).putInt(chunk.storedCrc()).array());
        }
        return out.toByteArray();
    }

    static int crc(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return (int) crc.getValue();
    }

    /**
     * A two-frame APNG: acTL and fcTL before the default image's IDAT, then fcTL and fdAT for the second frame, whose
     * compressed data is taken from a second ImageIO PNG of the same size.
     */
    static byte[] animatedPng(int width, int height) {
        List<RawChunk> first = chunks(png(width, height, 1));
        List<RawChunk> second = chunks(png(width, height, 90));
        List<RawChunk> animated = new ArrayList<>();
        animated.add(first.getFirst());
        animated.add(
                RawChunk.of("acTL", ByteBuffer.allocate(8).putInt(2).putInt(0).array()));
        animated.add(RawChunk.of("fcTL", frameControl(0, width, height)));
        first.stream().filter(chunk -> chunk.type().equals("IDAT")).forEach(animated::add);
        animated.add(RawChunk.of("fcTL", frameControl(1, width, height)));
        int sequence = 2;
        for (RawChunk idat :
                second.stream().filter(c -> c.type().equals("IDAT")).toList()) {
            byte[] data = ByteBuffer.allocate(4 + idat.data().length)
                    .putInt(sequence++)
                    .put(idat.data())
                    .array();
            animated.add(RawChunk.of("fdAT", data));
        }
        animated.add(first.getLast());
        return assemble(animated);
    }

    private static byte[] frameControl(int sequence, int width, int height) {
        return ByteBuffer.allocate(26)
                .putInt(sequence)
                .putInt(width)
                .putInt(height)
                .putInt(0)
                .putInt(0)
                .putShort((short) 1)
                .putShort((short) 10)
                .put((byte) 0)
                .put((byte) 0)
                .array();
    }

    static String resource(String path) {
        return new String(resourceBytes(path), StandardCharsets.UTF_8);
    }

    static byte[] resourceBytes(String path) {
        try (InputStream in = TestImages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signed Open Badges 3.0 credential (embedded proof) from the spec vectors. */
    static String signedCredentialJson() {
        return resource("/spec/vectors/ob-v3p0-impl/signed-credential.json").strip();
    }

    /** A compact VC-JWT from the VC-JOSE-COSE vectors. */
    static String credentialJwt() {
        return resource("/spec/vectors/vc-jose-cose/credential-jose-minimal.txt")
                .strip();
    }

    /** An Open Badges 3.0 JSON credential with a non-ASCII name, "]]>" in a string, and CRLF line breaks. */
    static String awkwardCredentialJson() {
        return """
                {"@context":["https://www.w3.org/ns/credentials/v2",\r
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],\r
                "type":["VerifiableCredential","OpenBadgeCredential"],\r
                "credentialSubject":{"name":"%s","note":"a]]>b ]]]]> <![CDATA[ & < \\" 'end"}}""".formatted(NAME);
    }

    /** The Open Badges 2.0 hosted assertion of the baking specification's SVG example, with a non-ASCII name. */
    static String hostedAssertionJson() {
        return """
                {"@context":"https://w3id.org/openbadges/v2","id":"https://example.org/assertions/123",\
                "type":"Assertion","recipient":{"type":"email","identity":"alice@example.org"},\
                "issuedOn":"2016-12-31T23:59:59+00:00","verification":{"type":"hosted"},\
                "badge":"https://example.org/badges/5","evidence":{"narrative":"%s"}}""".formatted(NAME);
    }
}
