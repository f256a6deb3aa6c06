package dev.laurel.server.certificates;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures an issuer would upload to the certificate designer, drawn for tests: a background, a signature, a logo. */
public final class SamplePictures {

    private SamplePictures() {}

    /** A pale paper background with a soft diagonal gradient and a border band, as a PNG. */
    public static byte[] background() {
        BufferedImage image = new BufferedImage(1169, 827, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xF3F7FB), 1169, 827, new Color(0xE3ECF5)));
        g.fillRect(0, 0, 1169, 827);
        g.setColor(new Color(0x9FB8D3));
        g.setStroke(new BasicStroke(6));
        g.drawRect(18, 18, 1133, 791);
        g.dispose();
        return png(image, "png");
    }

    /** A handwritten-looking signature stroke on a transparent background, as a PNG. */
    public static byte[] signature() {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1B2A5A));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        path.moveTo(20, 80);
        path.curveTo(60, 10, 90, 110, 130, 60);
        path.curveTo(160, 20, 190, 100, 230, 55);
        path.curveTo(260, 25, 300, 90, 340, 40);
        g.draw(path);
        g.dispose();
        return png(image, "png");
    }

    /** A logo: a teal square with a white ring, as a JPEG. */
    public static byte[] logo() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0F6E6E));
        g.fillRect(0, 0, 200, 200);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14));
        g.drawOval(40, 40, 120, 120);
        g.dispose();
        return png(image, "jpeg");
    }

    private static byte[] png(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
