package dev.laurel.server.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplatesRenderTest {

    static CertificateFacts facts(String name) {
        return new CertificateFacts(
                name,
                "Advanced Welding Safety",
                "Recognizes the safe operation of arc, MIG and TIG welding equipment in a workshop.",
                "7 December 2026",
                "7 December 2028",
                "1.5",
                "https://laurel.example/c/0b6f1c1e-8f4a-4e53-9d0b-3e2f5b9f8a11",
                "Northwind Training Institute",
                TestImages.PNG,
                QrCodes.dataUri("https://laurel.example/c/0b6f1c1e-8f4a-4e53-9d0b-3e2f5b9f8a11"),
                name.equals("سارة") ? "Revoked" : null);
    }

    @ParameterizedTest
    @EnumSource(CertificateTemplate.class)
    void everyTemplateRendersNonLatinNamesIntoOnePage(CertificateTemplate template) throws Exception {
        for (String name : List.of("王小明", "سارة")) {
            byte[] pdf = Typesetter.pdf(
                    TemplatePages.xhtml(CertificateDesign.DEFAULT.with(template), facts(name)),
                    List.of(new Attachment(
                            "credential.json",
                            "application/json",
                            "the credential",
                            "{}".getBytes(StandardCharsets.UTF_8))),
                    Instant.parse("2026-12-07T10:00:00Z"));
            Path out = Path.of(
                    System.getProperty("java.io.tmpdir"), "cert-" + template.key() + "-" + name.length() + ".pdf");
            Files.write(out, pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Advanced Welding Safety");
            }
        }
    }
}
