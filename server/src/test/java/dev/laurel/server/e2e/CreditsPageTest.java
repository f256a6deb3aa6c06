package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** In Chromium: the earner's credits ledger, from the backpack. Screenshots in {@code target/screenshots/credits}. */
class CreditsPageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LifecyclePolicies policies;

    @Test
    void anEarnerSeesTheCreditsEarnedTowardsRenewal() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/credits"));
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Credit Board");
        UUID auditor = Scenario.badge(issuer, "Certified Energy Auditor", "di");
        UUID ethics = Scenario.badge(issuer, "Professional Ethics", "di");
        policies.save(
                new OrganizationId(issuer.organizationId()),
                new BadgeId(auditor),
                new LifecyclePolicies.Overrides(
                        null,
                        null,
                        null,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        null,
                        new BigDecimal("6"),
                        Set.of(),
                        false,
                        null,
                        null));
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Elena Energy");
        for (UUID badge : new UUID[] {auditor, ethics, ethics}) {
            UUID credential = Scenario.issue(issuer, badge, earner.name(), earner.email());
            earner.browser().get("/backpack");
            earner.browser().post("/backpack/" + credential + "/accept", Map.of());
            if (badge.equals(auditor)) {
                Thread.sleep(1100); // credits count from the second after the credential they renew was issued
            }
        }
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, earner.email());
            page.navigate(base + "/backpack");
            Axe.require(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(shots.resolve("00-backpack-1280.png"))
                    .setFullPage(true));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Credits").setExact(true))
                    .click();
            page.waitForURL("**/backpack/credits");
            assertThat(page.locator("[data-summary]").textContent()).isEqualTo("3.0 of 6 credits earned");
            for (int width : new int[] {1280, 390}) {
                page.setViewportSize(width, width == 1280 ? 800 : 844);
                Axe.require(page);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(shots.resolve("01-credits-" + width + ".png"))
                        .setFullPage(true));
            }
        }
    }
}
