package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the designer adds renders on every template, in one page, placeholders filled from the credential. */
class DesignerRenderTest {

    static CertificateDesign designed(CertificateTemplate template) {
        return new CertificateDesign(
                template,
                Paper.A4,
                template == CertificateTemplate.MINIMAL ? Orientation.PORTRAIT : Orientation.LANDSCAPE,
                Picture.of(SamplePictures.background()).orElseThrow(),
                Picture.of(SamplePictures.logo()).orElseThrow(),
                false,
                List.of(
                        new SignatureBlock(
                                "Dr. Ada Lovelace",
                                "Director of Studies",
                                Picture.of(SamplePictures.signature()).orElseThrow()),
                        new SignatureBlock("Grace Hopper", "Registrar", null)),
                List.of(new TextBlock(
                        "Awarded to {recipient.name} for {achievement.name}, cohort {custom.Cohort}.",
                        Typeface.SANS,
                        12)),
                true,
                true,
                false);
    }

    @ParameterizedTest
    @EnumSource(CertificateTemplate.class)
    void theDesignersPartsRenderOnEveryTemplate(CertificateTemplate template) throws Exception {
        for (String name : List.of("王小明", "سارة")) {
            CertificateDesign design = designed(template);
            CertificateFacts facts = TemplatesRenderTest.facts(name);
            byte[] pdf = Typesetter.pdf(
                    TemplatePages.xhtml(design, facts, Decorations.of(design, facts, Map.of("cohort", "2026-B"), null)),
                    List.of(new Attachment(
                            "credential.json",
                            "application/json",
                            "the credential",
                            "{}".getBytes(StandardCharsets.UTF_8))),
                    Instant.parse("2026-12-07T10:00:00Z"));
            Files.write(
                    Path.of(
                            System.getProperty("java.io.tmpdir"),
                            "designed-" + template.key() + "-" + name.length() + ".png"),
                    PagePictures.firstPage(pdf, 60));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Dr. Ada Lovelace", "Registrar", "cohort 2026-B");
            }
        }
    }
}
