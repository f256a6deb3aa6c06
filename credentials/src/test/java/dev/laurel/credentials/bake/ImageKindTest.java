package dev.laurel.credentials.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageKindTest {

    @Test
    void tellsAPngByItsSignature() {
        byte[] png = TestImages.png(3, 3, 0);

        assertThat(ImageKind.detect(png)).isEqualTo(ImageKind.PNG);
        assertThat(ImageKind.detect(Arrays.copyOf(png, 8))).isEqualTo(ImageKind.PNG);
        assertThat(ImageKind.detect(Arrays.copyOf(png, 7))).isEqualTo(ImageKind.OTHER);
    }

    static Stream<Arguments> svgs() {
        return Stream.of(
                Arguments.of("<svg/>"),
                Arguments.of("\uFEFF  \n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
                Arguments.of("<?xml version=\"1.0\"?><!-- <html> --><?pi x?>\n<svg:svg xmlns:svg=\"x\"/>"),
                Arguments.of("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"a>b.dtd\"><svg></svg>"),
                Arguments.of("<!DOCTYPE svg [<!ENTITY a \"]>\">]><svg>&a;</svg>"));
    }

    @ParameterizedTest
    @MethodSource("svgs")
    void tellsAnSvgByItsRootElement(String svg) {
        assertThat(ImageKind.detect(svg.getBytes(StandardCharsets.UTF_8))).isEqualTo(ImageKind.SVG);
    }

    static Stream<Arguments> others() {
        return Stream.of(
                Arguments.of(""),
                Arguments.of("hello"),
                Arguments.of("\u00ff\u00d8\u00ff\u00e0 JPEG"),
                Arguments.of("<html><svg></svg></html>"),
                Arguments.of("<?xml version=\"1.0\"?><svgs/>"),
                Arguments.of("text before <svg/>"),
                Arguments.of("<!-- unterminated comment <svg/>"),
                Arguments.of("<?xml version=\"1.0\"?"),
                Arguments.of("<!DOCTYPE svg [ <svg/>"),
                Arguments.of("<!DOCTYPE a><!DOCTYPE b><svg/>"),
                Arguments.of("<"));
    }

    @ParameterizedTest
    @MethodSource("others")
    void tellsAnythingElseApart(String content) {
        assertThat(ImageKind.detect(content.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(ImageKind.OTHER);
        assertThat(Baker.unbake(content.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(new UnbakeResult.Unreadable("not a PNG or SVG image"));
    }

    @Test
    void tellsByContentNotByName() {
        byte[] svgInUtf16 = "<svg/>".getBytes(StandardCharsets.UTF_16);

        assertThat(ImageKind.detect(svgInUtf16)).isEqualTo(ImageKind.OTHER);
    }
}
