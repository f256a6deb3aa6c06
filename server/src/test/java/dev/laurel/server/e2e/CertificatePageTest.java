package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.certificates.CertificateDesign;
import dev.laurel.server.certificates.CertificateDesigns;
import dev.laurel.server.certificates.CertificateTemplate;
import dev.laurel.server.certificates.Orientation;
import dev.laurel.server.certificates.Paper;
import dev.laurel.server.issuing.BadgeId;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An issuer chooses a badge's certificate template from previews drawn from the PDF itself, on US Letter portrait,
 * in Chromium; screenshots at 1280 and 390 px go to {@code docs/certificates}.
 */
class CertificatePageTest extends ServerTest {

    private static final Path SHOTS = Path.of("../docs/certificates");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificateDesigns designs;

    @Test
    void anIssuerChoosesATemplateFromItsPreview() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Certificate College");
        UUID badge = Scenario.badge(issuer, "Welding Safety", "di");
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(base + "/organizations/" + issuer.organizationId() + "/badges/" + badge);
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Certificate").setExact(true))
                    .click();
            page.waitForURL("**/certificate");
            assertThat(page.getByLabel("Classic").isChecked()).isTrue();
            Locator previews = page.locator(".certificate-choice img");
            assertThat(previews.count()).isEqualTo(4);
            for (int i = 0; i < 4; i++) {
                previews.nth(i).scrollIntoViewIfNeeded();
            }
            page.waitForFunction("() => [...document.querySelectorAll('main img')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");

            page.getByLabel("Formal").check();
            page.getByLabel("Paper").selectOption("letter");
            page.getByLabel("Orientation").selectOption("portrait");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            page.waitForURL("**/certificate");

            assertThat(page.locator("main").textContent()).contains("Certificate design saved.");
            assertThat(page.getByLabel("Formal").isChecked()).isTrue();
            assertThat(designs.of(new BadgeId(badge)))
                    .isEqualTo(new CertificateDesign(CertificateTemplate.FORMAL, Paper.LETTER, Orientation.PORTRAIT));
            page.waitForFunction("() => [...document.querySelectorAll('main img')]"
                    + ".every(img => img.complete && img.naturalWidth > 0)");
            assertThat(page.locator(".certificate-preview img").evaluate("img => img.naturalHeight > img.naturalWidth"))
                    .isEqualTo(true);

            for (int width : new int[] {1280, 390}) {
                page.setViewportSize(width, width == 390 ? 844 : 800);
                Axe.require(page);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve("design-page-" + width + ".png"))
                        .setFullPage(true));
            }
        }
    }
}
