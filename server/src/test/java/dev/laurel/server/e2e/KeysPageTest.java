package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.signing.IssuerIdentifier;
import dev.laurel.server.signing.IssuerKeys;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An owner makes the organization's VC-API instance sign as its did:key on the signing keys page, in Chromium. */
class KeysPageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IssuerKeys issuers;

    @Test
    void anOwnerChoosesTheDidKeyForTheVcApiInstance() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Keys College");
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(base + "/organizations/" + issuer.organizationId() + "/keys");
            assertThat(page.getByLabel("did:web (default)").isChecked()).isTrue();
            assertThat(page.locator("#vc-api-issuer").textContent()).contains(issuers.didKey(issuer.organizationId()));
            page.getByLabel("did:key of the active key").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the VC-API identifier"))
                    .click();
            page.waitForURL("**/keys");

            assertThat(page.locator("main").textContent())
                    .contains("The VC-API instance issues as its did:key from now on.");
            assertThat(page.getByLabel("did:key of the active key").isChecked()).isTrue();
            assertThat(issuers.vcApiIdentifier(issuer.organizationId())).isEqualTo(IssuerIdentifier.DID_KEY);
            Axe.require(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/keys-page.png"))
                    .setFullPage(true));
        }
    }
}
