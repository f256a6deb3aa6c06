package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Renewal in Chromium: the issuer opens the renewal window on the lifecycle settings page, the earner asks on the
 * renewal page with a PDF, the issuer approves it in the queue; each page is axe-clean, shot at 1280 and 390 px
 * (target/e2e/lifecycle-*.png).
 */
class RenewalPagesTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theIssuerOpensTheWindowTheEarnerAsksWithAFileAndTheIssuerApproves() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Certification Board");
        UUID badge = Scenario.badge(issuer, "Certified Inspector", "di");
        Scenario.badge(issuer, "Inspection Ethics Course", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Katherine Johnson");
        UUID credential = Scenario.issue(issuer, badge, earner.name(), earner.email());
        String base = "http://localhost:" + PORT;
        String org = base + "/organizations/" + issuer.organizationId();
        try (Chromium chromium = Chromium.launch();
                BrowserContext issuerContext = chromium.browser().newContext();
                BrowserContext earnerContext = chromium.browser().newContext()) {
            Page desk =
                    Steps.logIn(issuerContext.newPage(), base, issuer.owner().email());
            desk.navigate(org);
            desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lifecycle settings"))
                    .click();
            desk.waitForURL("**/lifecycle");
            desk.getByLabel("Earners may ask to renew, days before expiry").fill("800");
            desk.getByLabel("Remind before expiry, days before").fill("60, 14");
            Steps.widths(desk, SHOTS, "lifecycle-settings");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(desk.locator(".flash").textContent()).contains("Lifecycle settings saved.");

            Page page = Steps.logIn(earnerContext.newPage(), base, earner.email());
            page.navigate(base + "/c/" + credential + "/renew");
            page.getByLabel("Link to your evidence").fill("https://cpd.example.org/katherine");
            Steps.widths(page, SHOTS, "lifecycle-renew");
            page.getByLabel("A file")
                    .setInputFiles(new FilePayload(
                            "cpd-log.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to renew"))
                    .click();
            page.waitForURL("**/renew?sent=pending");
            assertThat(page.locator("[role=status]").first().textContent()).contains("Your request was sent");
            Steps.widths(page, SHOTS, "lifecycle-renew-sent");

            desk.navigate(org + "/renewals");
            assertThat(desk.locator(".renewal-queue").textContent())
                    .contains("Katherine Johnson")
                    .contains("Download cpd-log.pdf")
                    .contains("https://cpd.example.org/katherine");
            Steps.widths(desk, SHOTS, "lifecycle-queue");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and renew"))
                    .click();
            assertThat(desk.locator(".flash").textContent()).contains("was renewed");
            Steps.widths(desk, SHOTS, "lifecycle-queue-decided");

            desk.navigate(org + "/renewals/bulk");
            desk.getByLabel("Paste the CSV").fill("email\n" + earner.email() + "\nnot-an-id\n");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check (dry run)"))
                    .click();
            assertThat(desk.locator("#plan").textContent()).contains("Neither a credential id nor an address");
            Steps.widths(desk, SHOTS, "lifecycle-bulk");
        }
    }
}
