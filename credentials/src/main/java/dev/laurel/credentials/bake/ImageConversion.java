package dev.laurel.credentials.bake;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Converting badge images between PNG and SVG, so that either can carry the credential: an SVG is rendered to PNG with
 * JSVG (pure Java; external resources refused, no DTDs), and a PNG is wrapped, unchanged, in a minimal SVG that shows
 * it at its own size.
 */
final class ImageConversion {

    /** The longest side of a PNG rendered from an SVG, in pixels. */
    static final int RENDERED_SIDE = 512;

    private ImageConversion() {}

    /** The SVG rendered to a PNG whose longest side is {@link #RENDERED_SIDE}; null when JSVG cannot read it. */
    static byte[] png(byte[] svg) {
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                .build();
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(svg), null, context);
        } catch (RuntimeException e) {
            return null;
        }
        if (document == null) {
            return null;
        }
        FloatSize size = document.size();
        if (!(size.width > 0) || !(size.height > 0)) {
            return null;
        }
        double scale = RENDERED_SIDE / Math.max(size.width, size.height);
        BufferedImage image = new BufferedImage(
                Math.max(1, (int) Math.round(size.width * scale)),
                Math.max(1, (int) Math.round(size.height * scale)),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.scale(scale, scale);
            document.render((Component) null, graphics, new ViewBox(0, 0, size.width, size.height));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A minimal SVG showing the PNG at its pixel size: {@code <image href="data:image/png;base64,…">}; null when the
     * PNG is too short to have a header.
     */
    static byte[] svg(byte[] png) {
        if (png.length < 24) {
            return null;
        }
        // A PNG starts with its 8-byte signature and the IHDR chunk: length, type, then width and height.
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        int width = header.getInt();
        int height = header.getInt();
        String data = Base64.getEncoder().encodeToString(png);
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\">"
                + "<image width=\"" + width + "\" height=\"" + height + "\" href=\"data:image/png;base64," + data
                + "\"/></svg>";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
