package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.certificates.SamplePictures;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * The done-when journey of certificates, in Chromium: an issuer draws a badge in the badge designer, designs its
 * certificate (a background, a signature block, a text block with a placeholder — first a misspelt one, refused by the
 * live preview naming the block), issues it to 王小明 and سارة, downloads each PDF from the public page, and {@code
 * laurel verify --json} reports the embedded credential verified and the {@code seal} check not failed; one edited
 * byte fails the seal. Screenshots of the designer (1280 and 390 px) and renders of the PDFs go to {@code
 * docs/certificates}.
 */
class CertificateDesignerTest extends ServerTest {

    private static final Path SHOTS = Path.of("../docs/certificates");

    @Autowired
    JdbcClient jdbc;

    @Test
    void designsABadgeAndItsCertificateIssuesToNonLatinNamesAndTheDownloadedPdfVerifies() throws Exception {
        Files.createDirectories(SHOTS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Lakeside Institute of Design");
        String base = "http://localhost:" + PORT;
        String badges = base + "/organizations/" + issuer.organizationId() + "/badges";
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(badges + "/new");
            page.getByLabel("Name").fill("Typography Fundamentals");
            page.getByLabel("Description").fill("Sets text for print and screen: type, measure, hierarchy.");
            page.getByLabel("How it is earned").fill("Complete the studio project.");
            page.getByLabel("Hexagon", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Line 1", new Page.GetByLabelOptions().setExact(true))
                    .fill("Typography");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create badge"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Typography Fundamentals")))
                    .isVisible();
            String badgeUrl = page.url();
            UUID badge = UUID.fromString(badgeUrl.substring(badgeUrl.lastIndexOf('/') + 1));

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Certificate").setExact(true))
                    .click();
            page.waitForURL("**/certificate");
            page.getByLabel("Modern").check();
            page.locator("#background")
                    .setInputFiles(new FilePayload("paper.png", "image/png", SamplePictures.background()));
            page.locator("#signatureName0").fill("Dr. Ada Lovelace");
            page.locator("#signatureTitle0").fill("Director of Studies");
            page.locator("#signatureImage0")
                    .setInputFiles(new FilePayload("signature.png", "image/png", SamplePictures.signature()));
            Locator preview = page.locator("#certificate-preview");
            page.locator("#text0").fill("Awarded to {recipient.nmae} on {issued}.");
            // Each preview is a PDF rendered on a machine shared by many builds: give it time.
            assertThat(preview)
                    .containsText(
                            "texts[0].text: unknown placeholder {recipient.nmae}",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            page.locator("#text0").fill("Awarded to {recipient.name} on {issued}.");
            assertThat(preview)
                    .not()
                    .containsText(
                            "unknown placeholder", new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
            assertThat(preview.locator("img"))
                    .hasAttribute(
                            "src",
                            java.util.regex.Pattern.compile("^data:image/png"),
                            new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
            page.waitForFunction(
                    "() => [...document.querySelectorAll('main img')]"
                            + ".every(img => img.complete && img.naturalWidth > 0)",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            for (int width : new int[] {1280, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 800);
                page.evaluate("() => window.scrollTo(0, 0)");
                Axe.require(page);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve("designer-" + width + ".png"))
                        .setFullPage(true));
            }
            page.setViewportSize(1280, 800);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            page.waitForURL("**/certificate");
            assertThat(page.locator("main")).containsText("Certificate design saved.");

            List<UUID> issued = new ArrayList<>();
            for (String name : List.of("王小明", "سارة")) {
                page.navigate(badges + "/" + badge);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Issue this badge"))
                        .click();
                page.getByLabel("Recipient's name").fill(name);
                page.getByLabel("Recipient's email").fill(uniqueEmail("typography"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue and send"))
                        .click();
                assertThat(page.getByText("Issued to " + name)).isVisible();
                issued.add(jdbc.sql("select id from credentials where badge_id = :badge and recipient_name = :name")
                        .param("badge", badge)
                        .param("name", name)
                        .query(UUID.class)
                        .single());
            }

            Path work = Files.createTempDirectory("certificate-journey");
            for (int i = 0; i < issued.size(); i++) {
                page.navigate(base + "/c/" + issued.get(i));
                String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certificate (PDF)"))
                        .getAttribute("href");
                byte[] pdf = page.request().get(base + href).body();
                assertThat(pdf).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                Path file = Files.write(work.resolve("certificate-" + i + ".pdf"), pdf);
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    String text = new PDFTextStripper().getText(document);
                    assertThat(text).contains("Dr. Ada Lovelace", "Director of Studies", "Typography Fundamentals");
                    BufferedImage render = new PDFRenderer(document).renderImageWithDPI(0, 100, ImageType.RGB);
                    ImageIO.write(
                            render,
                            "png",
                            SHOTS.resolve("journey-" + i + ".png").toFile());
                }

                JsonNode report = verify(file);
                assertThat(report.get("verified").asBoolean())
                        .as(report.toString())
                        .isTrue();
                assertThat(check(report, "seal").get("status").asText()).isIn("passed", "warning");

                byte[] edited = pdf.clone();
                int at = edited.length / 3;
                edited[at] = (byte) (edited[at] ^ 0x01);
                JsonNode broken = verify(Files.write(work.resolve("edited-" + i + ".pdf"), edited));
                assertThat(check(broken, "seal").get("status").asText()).isEqualTo("failed");
            }
        }
    }

    private static JsonNode verify(Path pdf) {
        StringWriter out = new StringWriter();
        new CommandLine(new Laurel())
                .setOut(new PrintWriter(out, true))
                .execute("verify", "--json", "--dev", pdf.toString());
        return Json.parse(out.toString());
    }

    private static JsonNode check(JsonNode report, String id) {
        for (JsonNode check : report.get("checks")) {
            if (check.get("id").asText().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + report);
    }
}
