package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Scenario;
import dev.laurel.server.SeedScript;
import dev.laurel.server.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The credential list of an organization with a few hundred credentials, in Chromium: searched without accents,
 * filtered by state, sorted, paged, a selection revoked with one reason; as a table at 1280 px and as cards at 390 px.
 * Screenshots go to target/e2e; every state passes axe.
 */
class CredentialListPagesTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    private final String base = "http://localhost:" + PORT;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anIssuerFindsFiltersPagesAndRevokesASelection() throws Exception {
        Files.createDirectories(SHOTS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Listing University");
        UUID badge = Scenario.badge(issuer, "Data Literacy", "di");
        Scenario.badge(issuer, "Public Speaking", "di");
        UUID zoe = Scenario.issue(issuer, badge, "Zoë Ångström", uniqueEmail("zoe"));
        SeedScript.seed(dataSource, issuer.organizationId(), 300);
        String list = base + "/organizations/" + issuer.organizationId() + "/credentials";

        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.browser().newContext().newPage();
            page.navigate(base + "/login");
            page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))
                    .fill(issuer.owner().email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("correct horse battery");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Log in").setExact(true))
                    .click();

            page.navigate(list);
            assertThat(page.locator("tbody tr")).hasCount(50);
            assertThat(page.locator("#next")).isVisible();
            widths(page, "40-credentials");

            page.getByLabel("Name or email").fill("zoe angstrom");
            page.getByLabel("State").selectOption("active");
            page.getByLabel("Sort").selectOption("name");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                    .click();
            assertThat(page.locator("tr[data-credential='" + zoe + "']")).isVisible();
            assertThat(page.locator("tbody tr").first()).containsText("Zoë Ångström");
            widths(page, "41-credentials-search");

            page.navigate(list + "?q=angstrom&sort=name");
            assertThat(page.locator("tbody tr")).hasCount(21);
            String first = page.locator("tbody tr:has(.pill.active)").nth(0).getAttribute("data-credential");
            String second = page.locator("tbody tr:has(.pill.active)").nth(1).getAttribute("data-credential");
            page.locator("#select-" + first).check();
            page.locator("#select-" + second).check();
            page.getByLabel("Reason for revoking").fill("Issued in error");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke for good"))
                    .click();
            assertThat(page.locator("h1")).hasText("Revoke 2 credential(s) for good?");
            assertThat(page.locator("#to-revoke li")).hasCount(2);
            assertThat(page.locator("#reason")).hasText("Issued in error");
            widths(page, "42-credentials-revoke-confirm");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke 2 credential(s) for good"))
                    .click();
            assertThat(page.locator(".flash")).containsText("2 credential(s) revoked");
            assertThat(page).hasURL(list + "?q=angstrom&sort=name");
            assertThat(page.locator("tr[data-credential='" + first + "'] .pill.revoked"))
                    .isVisible();
            assertThat(page.locator("tr[data-credential='" + second + "'] .pill.revoked"))
                    .isVisible();
            widths(page, "43-credentials-revoked");

            page.setViewportSize(390, 844);
            page.navigate(list + "?state=pending");
            assertThat(page.locator("thead")).not().isInViewport();
            assertThat(page.locator("tbody tr").first()).hasCSS("display", "block");
            assertThat(page.locator("tbody tr td[data-label]").first()).hasCSS("display", "flex");
            assertThat(page.locator("body").evaluate("b => b.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
        }
    }

    /** Full-page screenshots at 1280 and 390 px, each checked by axe first. */
    private static void widths(Page page, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            Axe.require(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1280, 800);
    }
}
