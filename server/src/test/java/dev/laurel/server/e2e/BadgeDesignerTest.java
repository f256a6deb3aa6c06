package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: an issuer without artwork designs a badge in the designer — shape, colours (first too faint, refused
 * with the contrast named), three lines, an icon, a ribbon — watches the live preview, saves the design as a template,
 * creates the badge and issues it; a second badge starts from the template. Screenshots of the designer (desktop and
 * 390 px) and the drawn badge go to {@code docs/screenshots}.
 */
class BadgeDesignerTest extends ServerTest {

    private static final Path DOCS = Path.of("../docs/screenshots");

    @Autowired
    JdbcClient jdbc;

    @Test
    void designsABadgePreviewsItSavesATemplateAndIssuesIt() throws Exception {
        Files.createDirectories(DOCS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Harbour Institute of Technology");
        String base = "http://localhost:" + PORT;
        String badges = base + "/organizations/" + issuer.organizationId() + "/badges";
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(badges + "/new");
            page.getByLabel("Name").fill("Cloud Security Practitioner");
            page.getByLabel("Description").fill("Secures cloud workloads: identities, networks and data.");
            page.getByLabel("How it is earned").fill("Pass the practical assessment.");
            assertThat(page.getByLabel("Draw it in the designer below")).isChecked();

            page.getByLabel("Shield", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Background colour").fill("#0b4f6c");
            page.getByLabel("Border colour").fill("#f2c14e");
            page.getByLabel("Text colour").fill("#3d7ea6");
            Locator preview = page.locator("#artwork-preview");
            assertThat(preview).containsText("does not stand out enough from the background");
            page.getByLabel("Text colour").fill("#ffffff");
            assertThat(preview).containsText("Text contrast 8.9:1");

            page.getByLabel("Line 1", new Page.GetByLabelOptions().setExact(true))
                    .fill("Cloud Security");
            page.getByLabel("Line 2", new Page.GetByLabelOptions().setExact(true))
                    .fill("Practitioner");
            page.getByLabel("Line 3", new Page.GetByLabelOptions().setExact(true))
                    .fill("Level 2");
            page.getByLabel("Icon", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new SelectOption().setLabel("Lock"));
            page.getByLabel("Ribbon text").fill("2026");
            assertThat(preview.locator("svg[aria-label='Cloud Security · Practitioner · Level 2 · 2026']"))
                    .isVisible();
            assertThat(preview).not().containsText("does not stand out");

            page.getByLabel("Save this design for reuse as").fill("Harbour shield");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as template"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Harbour")))
                    .hasText("Saved as the template “Harbour shield”.");
            Steps.shot(page, DOCS, "badge-designer");
            page.setViewportSize(390, 844);
            Steps.shot(page, DOCS, "badge-designer-390");
            page.setViewportSize(1280, 720);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create badge"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cloud Security Practitioner")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download it as SVG")))
                    .isVisible();
            Steps.shot(page, DOCS, "badge-designer-badge-page");
            page.setViewportSize(390, 844);
            Steps.shot(page, DOCS, "badge-designer-badge-page-390");
            page.setViewportSize(1280, 720);
            String badgeUrl = page.url();
            String badgeId = badgeUrl.substring(badgeUrl.lastIndexOf('/') + 1);
            byte[] image =
                    page.request().get(base + "/badges/" + badgeId + "/image").body();
            assertThat(image).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            Files.write(DOCS.resolve("badge-designer-result.png"), image);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Issue this badge"))
                    .click();
            page.getByLabel("Recipient's name").fill("سارة");
            page.getByLabel("Recipient's email").fill(uniqueEmail("sara"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue and send"))
                    .click();
            assertThat(page.getByText("Issued to سارة")).isVisible();

            page.navigate(badges + "/new");
            page.getByLabel("Start from a saved template").selectOption(new SelectOption().setLabel("Harbour shield"));
            assertThat(page.getByLabel("Line 1", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("Cloud Security");
            assertThat(page.getByLabel("Shield", new Page.GetByLabelOptions().setExact(true)))
                    .isChecked();
            assertThat(preview.locator("svg")).hasAttribute("aria-label", Pattern.compile("^Cloud Security"));
            Axe.require(page);
        }
    }
}
