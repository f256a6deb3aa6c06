package dev.laurel.server.issuing.artwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.server.issuing.artwork.Drawing.Code;
import dev.laurel.server.platform.UploadedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ArtworkSvgTest {

    private static final Colour NAVY = Colour.parse("#1f3a5f");
    private static final Colour WHITE = Colour.parse("#ffffff");
    private static final Colour GOLD = Colour.parse("#c9a227");

    @Test
    void measuresContrastAsWcagDoes() {
        assertThat(Colour.parse("#000000").contrast(WHITE)).isEqualTo(21.0);
        assertThat(WHITE.contrast(WHITE)).isEqualTo(1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes AA, 4.54:1.
        assertThat(Colour.parse("#767676").contrast(WHITE)).isBetween(4.53, 4.55);
        assertThat(Colour.parse("#777777").contrast(WHITE)).isLessThan(4.5);
    }

    @Test
    void refusesTextThatDoesNotStandOutFromTheBackground() {
        Drawing drawing = ArtworkSvg.draw(artwork(Shape.CIRCLE, GOLD, WHITE, List.of("Python"), "code", null));

        assertThat(drawing.acceptable()).isFalse();
        assertThat(drawing.flaws()).singleElement().satisfies(flaw -> {
            assertThat(flaw.code()).isEqualTo(Code.CONTRAST);
            assertThat(flaw.arguments()).containsExactly("2.42");
        });
        assertThat(drawing.svg()).as("the preview still shows it").startsWith("<svg");
    }

    @Test
    void acceptsReadableArtworkOfEveryShape() {
        for (Shape shape : Shape.values()) {
            Drawing drawing = ArtworkSvg.draw(
                    artwork(shape, NAVY, WHITE, List.of("Data Science", "Level 2", "2026"), "chart-bar", "Expert"));

            assertThat(drawing.flaws()).as(shape.key()).isEmpty();
            assertThat(UploadedImage.check(drawing.bytes(), false, true, 90))
                    .as(shape.key())
                    .isInstanceOf(UploadedImage.Accepted.class);
        }
    }

    @Test
    void shrinksALongLineToFitItsShape() {
        float short_ = Lettering.size("Python", 52, Shape.CIRCLE.lineWidth());
        float long_ = Lettering.size("Advanced Statistical Modelling", 52, Shape.CIRCLE.lineWidth());

        assertThat(short_).isEqualTo(52);
        assertThat(long_).isLessThan(52).isGreaterThanOrEqualTo(Lettering.MIN_SIZE);
        assertThat(Lettering.size("Advanced Statistical Modelling", 52, Shape.RIBBON.lineWidth()))
                .as("a narrower shape shrinks it more")
                .isLessThan(long_);
    }

    @Test
    void refusesALineThatCannotFitEvenAtTheSmallestSize() {
        String line = "W".repeat(Artwork.MAX_LINE);

        Drawing drawing = ArtworkSvg.draw(artwork(Shape.RIBBON, NAVY, WHITE, List.of("Fine", line), null, null));

        assertThat(drawing.flaws()).singleElement().satisfies(flaw -> {
            assertThat(flaw.code()).isEqualTo(Code.LINE_TOO_LONG);
            assertThat(flaw.arguments()).containsExactly(2);
        });
    }

    @Test
    void writesMarkupInALineAsText() {
        Drawing drawing = ArtworkSvg.draw(artwork(
                Shape.SHIELD, NAVY, WHITE, List.of("<script>alert(1)</script>", "\"quoted\" & <b>"), null, "x'y"));

        assertThat(drawing.svg())
                .doesNotContain("<script")
                .doesNotContain("<b>")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · &quot;quoted&quot; &amp; &lt;b&gt;"
                        + " · x&#39;y</title>")
                .doesNotContain("<text")
                .doesNotContain("http://www.w3.org/1999/xlink")
                .doesNotContainPattern("href=\"(?!data:)");
    }

    @Test
    void drawsNothingItWasNotGiven() {
        Drawing drawing = ArtworkSvg.draw(artwork(Shape.CIRCLE, NAVY, WHITE, List.of(), null, null));

        assertThat(drawing.flaws()).extracting(Drawing.Flaw::code).containsExactly(Code.EMPTY);
    }

    @Test
    void namesAnIconItDoesNotBundle() {
        Drawing drawing = ArtworkSvg.draw(artwork(Shape.CIRCLE, NAVY, WHITE, List.of("Go"), "unicorn", null));

        assertThat(drawing.flaws()).extracting(Drawing.Flaw::code).containsExactly(Code.UNKNOWN_ICON);
    }

    @Test
    void bundlesEveryIconItOffers() {
        assertThat(Icons.NAMES).hasSizeGreaterThanOrEqualTo(40).allSatisfy(name -> assertThat(Icons.paths(name))
                .isNotEmpty());
    }

    @Test
    void embedsALogoAsADataUri() throws Exception {
        byte[] png = dev.laurel.server.Images.png(120, 60);
        Artwork artwork = artwork(Shape.SQUARE_ROUNDED, NAVY, WHITE, List.of("Acme"), null, null)
                .withLogo(new Artwork.Logo(png, "image/png"));

        Drawing drawing = ArtworkSvg.draw(artwork);

        assertThat(drawing.svg()).contains("href=\"data:image/png;base64,");
        assertThat(ImageIO.read(new ByteArrayInputStream(ArtworkPng.render(drawing)))
                        .getWidth())
                .isEqualTo(512);
    }

    @Test
    void rendersAPngThatPassesTheBadgeImageChecks() throws Exception {
        Drawing drawing = ArtworkSvg.draw(
                artwork(Shape.RIBBON, NAVY, WHITE, List.of("Ünïcödé Ωμέγα", "Кириллица"), "trophy", "2026"));

        byte[] png = ArtworkPng.render(drawing);

        assertThat(UploadedImage.check(png, false, true, 90)).isInstanceOf(UploadedImage.Accepted.class);
        if (System.getenv("LAUREL_ARTWORK_OUT") != null) {
            Files.write(Path.of(System.getenv("LAUREL_ARTWORK_OUT")), png);
        }
    }

    @Test
    void laysOutARightToLeftLineAndRefusesCharactersNoFontHas() {
        Drawing arabic = ArtworkSvg.draw(artwork(Shape.CIRCLE, NAVY, WHITE, List.of("سارة"), null, null));
        Drawing unassigned =
                ArtworkSvg.draw(artwork(Shape.CIRCLE, NAVY, WHITE, List.of("Go", "\u0378"), null, "\u0378"));

        assertThat(arabic.flaws()).isEmpty();
        assertThat(unassigned.flaws())
                .extracting(flaw -> flaw.code() + " " + flaw.arguments()[0])
                .containsExactly("UNDRAWABLE 2", "UNDRAWABLE 0");
    }

    @Test
    void refusesMoreThanThreeLines() {
        assertThatThrownBy(() -> artwork(Shape.CIRCLE, NAVY, WHITE, List.of("a", "b", "c", "d"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Artwork artwork(
            Shape shape, Colour background, Colour text, List<String> lines, String icon, String ribbon) {
        return new Artwork(shape, background, GOLD, text, lines, icon, null, ribbon);
    }
}
