package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BakeAsTest {

    private static final BadgePayload PAYLOAD =
            BadgePayload.openBadgeCredential("{\"name\":\"" + TestImages.NAME + "\"}");

    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
                    + "<rect width=\"40\" height=\"20\" fill=\"#0a0\"/></svg>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void aPngBakedAsPngIsBakedInPlace() {
        byte[] png = TestImages.png(30, 10, 7);
        BakeResult.Baked baked = (BakeResult.Baked) Baker.bakeAs(png, PAYLOAD, ImageKind.PNG);
        assertThat(baked).isEqualTo(Baker.bake(png, PAYLOAD));
    }

    @Test
    void aPngBakedAsSvgShowsThePngUnchangedInsideTheSvg() {
        byte[] png = TestImages.png(30, 10, 7);
        BakeResult.Baked baked = (BakeResult.Baked) Baker.bakeAs(png, PAYLOAD, ImageKind.SVG);
        assertThat(baked.kind()).isEqualTo(ImageKind.SVG);
        String svg = new String(baked.image(), StandardCharsets.UTF_8);
        assertThat(svg)
                .contains("width=\"30\" height=\"10\"")
                .contains(java.util.Base64.getEncoder().encodeToString(png));
        assertThat(((UnbakeResult.Found) Baker.unbake(baked.image())).payload()).isEqualTo(PAYLOAD);
    }

    @Test
    void anSvgBakedAsPngIsItsRendering() {
        BakeResult.Baked baked = (BakeResult.Baked) Baker.bakeAs(SVG, PAYLOAD, ImageKind.PNG);
        assertThat(baked.kind()).isEqualTo(ImageKind.PNG);
        BufferedImage image = TestImages.decode(baked.image());
        assertThat(image.getWidth()).isEqualTo(ImageConversion.RENDERED_SIDE);
        assertThat(image.getHeight()).isEqualTo(ImageConversion.RENDERED_SIDE / 2);
        assertThat(image.getRGB(100, 100) & 0xFFFFFF).isEqualTo(0x00AA00);
        assertThat(((UnbakeResult.Found) Baker.unbake(baked.image())).payload()).isEqualTo(PAYLOAD);
    }

    @Test
    void anSvgTheBakerWillNotTouchIsCarriedAsItsRendering() {
        byte[] withDoctype = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]>"
                        + new String(SVG, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Baker.bake(withDoctype, PAYLOAD)).isInstanceOf(BakeResult.Refused.class);
        BakeResult result = Baker.bakeAs(withDoctype, PAYLOAD, ImageKind.SVG);
        assertThat(result).isInstanceOf(BakeResult.Baked.class);
        assertThat(((UnbakeResult.Found) Baker.unbake(((BakeResult.Baked) result).image())).payload())
                .isEqualTo(PAYLOAD);
    }

    @Test
    void whatIsNotAnImageIsRefusedAndOtherIsNoTarget() {
        assertThat(Baker.bakeAs("hello".getBytes(StandardCharsets.UTF_8), PAYLOAD, ImageKind.SVG))
                .isEqualTo(new BakeResult.Refused(Baker.NOT_AN_IMAGE));
        assertThat(Baker.bakeAs(SVG.clone(), PAYLOAD, ImageKind.PNG)).isInstanceOf(BakeResult.Baked.class);
        assertThatThrownBy(() -> Baker.bakeAs(SVG, PAYLOAD, ImageKind.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] truncated = java.util.Arrays.copyOf(TestImages.png(3, 3, 1), 12);
        assertThat(Baker.bakeAs(truncated, PAYLOAD, ImageKind.SVG)).isInstanceOf(BakeResult.Refused.class);
    }
}
