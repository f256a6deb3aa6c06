package dev.laurel.server;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real images for upload tests, drawn with ImageIO. */
public final class Images {

    private Images() {}

    public static byte[] png(int width, int height) {
        return raster(width, height, "png");
    }

    public static byte[] gif(int width, int height) {
        return raster(width, height, "gif");
    }

    public static byte[] svg(int width, int height) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\">"
                        + "<circle cx=\"50%\" cy=\"50%\" r=\"40%\" fill=\"#2f6b4f\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] raster(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6b4f));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xe7c766));
        g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
