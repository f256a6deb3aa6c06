package dev.laurel.server.certificates;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** A badge image for tests: a gold disc with a ring, as a PNG data URI. */
final class TestImages {

    static final String PNG = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());

    private TestImages() {}

    static byte[] png() {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xC9A227));
        g.fillOval(8, 8, 240, 240);
        g.setColor(new Color(0x14325C));
        g.fillOval(48, 48, 160, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
