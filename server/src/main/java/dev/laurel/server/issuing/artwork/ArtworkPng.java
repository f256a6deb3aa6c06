package dev.laurel.server.issuing.artwork;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Renders a drawing to a 512 × 512 PNG with JSVG (pure Java), as the badge's image: PNG shows in every mail client and
 * social site, and bakes. Only data URIs are read (the logo); any other reference is refused. Thread-safe.
 */
public final class ArtworkPng {

    private ArtworkPng() {}

    /** The drawing as a PNG. */
    public static byte[] render(Drawing drawing) {
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL)
                .build();
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(drawing.bytes()), null, context);
        if (document == null) {
            throw new IllegalStateException("JSVG could not read a drawing");
        }
        int side = ArtworkSvg.SIDE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            document.render((Component) null, graphics, new ViewBox(0, 0, side, side));
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
}
