package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A design is refused with a problem naming its field: unknown placeholder, picture, overflowing text. */
class DesignChecksTest {

    private static CertificateDesign withTexts(TextBlock... texts) {
        return new CertificateDesign(
                CertificateTemplate.CLASSIC,
                Paper.A4,
                Orientation.LANDSCAPE,
                null,
                null,
                false,
                List.of(),
                List.of(texts),
                true,
                true,
                false);
    }

    @Test
    void acceptsKnownAndCustomPlaceholders() {
        assertThat(DesignChecks.problems(withTexts(new TextBlock(
                        "{recipient.name} {achievement.name} {achievement.description} {issued} {expires} {credits} "
                                + "{credential.id} {issuer.name} {custom.Cohort Name}",
                        Typeface.SERIF,
                        10))))
                .isEmpty();
    }

    @Test
    void namesTheBlockWithAnUnknownPlaceholder() {
        List<DesignProblem> problems = DesignChecks.problems(withTexts(
                new TextBlock("Fine", Typeface.SERIF, 12), new TextBlock("Dear {recipient.nmae}", Typeface.SANS, 12)));
        assertThat(problems)
                .containsExactly(new DesignProblem(
                        "texts[1].text", DesignProblem.Reason.UNKNOWN_PLACEHOLDER, List.of("{recipient.nmae}")));
    }

    @Test
    void shrinksALongTextToFitAndNamesTheBlockThatCannot() {
        String paragraph = "This certificate is awarded in recognition of sustained excellence. ";
        assertThat(DesignChecks.problems(withTexts(new TextBlock(paragraph.repeat(5), Typeface.SERIF, 12))))
                .isEmpty();
        assertThat(TextFit.size(paragraph.repeat(5), Typeface.SERIF, 12, 170).orElseThrow())
                .isLessThan(12);
        assertThat(DesignChecks.problems(withTexts(new TextBlock(paragraph.repeat(7), Typeface.SERIF, 8))))
                .extracting(DesignProblem::field, DesignProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("texts[0].text", DesignProblem.Reason.TEXT_OVERFLOWS));
    }

    @Test
    void refusesPicturesThatAreNotImagesOrTooLarge() {
        assertThat(Picture.of("GIF89a not a png".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(Picture.of(SamplePictures.logo()).orElseThrow().mediaType()).isEqualTo("image/jpeg");
        byte[] big = SamplePictures.signature();
        Picture large = new Picture("image/png", java.util.Arrays.copyOf(big, DesignChecks.MAX_SMALL_PICTURE + 1));
        CertificateDesign design = new CertificateDesign(
                CertificateTemplate.CLASSIC,
                Paper.A4,
                Orientation.LANDSCAPE,
                null,
                large,
                false,
                List.of(),
                List.of(),
                true,
                true,
                false);
        assertThat(DesignChecks.problems(design))
                .extracting(DesignProblem::field, DesignProblem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("logo", DesignProblem.Reason.IMAGE_TOO_LARGE));
    }
}
