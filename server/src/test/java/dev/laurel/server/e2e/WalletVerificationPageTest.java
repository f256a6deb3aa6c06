package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.presentations.HeldCredentials;
import dev.laurel.server.presentations.ScriptedWallet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Verify from a wallet" in Debian's Chromium: {@code /verify} offers it, its page shows the QR code and the
 * {@code openid4vp://} link, and once the scripted wallet (another device, as far as the page knows) answers, the
 * page's polling shows the report, with the holder binding. axe finds no violation; screenshots at desktop and 390 px
 * wide go to target/e2e.
 */
class WalletVerificationPageTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private final String base = "http://localhost:" + PORT;

    @Test
    void showsTheWalletRequestAndThenTheReportOfWhatTheWalletPresented() throws Exception {
        ScriptedWallet wallet = new ScriptedWallet();
        HeldCredentials issuer = new HeldCredentials(PORT, jdbc, keys, "Wallet Page Institute");
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(base + "/verify");
            shot(page, "verify-with-wallet");
            page.setViewportSize(390, 844);
            shot(page, "verify-with-wallet-390");
            page.setViewportSize(1280, 800);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask a wallet"))
                    .click();

            assertThat(page.locator("h1")).hasText("Verify from a wallet");
            assertThat(page.locator("#wallet-outcome img"))
                    .hasAttribute("alt", java.util.regex.Pattern.compile("QR code"));
            String link = page.locator("[data-wallet-link]").getAttribute("href");
            assertThat(link).startsWith("openid4vp://?client_id=redirect_uri%3A");
            assertThat(Axe.violations(page)).isEmpty();
            shot(page, "wallet-request");
            page.setViewportSize(390, 844);
            shot(page, "wallet-request-390");
            page.setViewportSize(1280, 800);

            ScriptedWallet.Request request = wallet.open(link);
            ScriptedWallet.Answer answer = wallet.answer(
                    request,
                    ScriptedWallet.LDP,
                    wallet.ldpPresentation(issuer.dataIntegrity(wallet.did()), request.nonce(), request.clientId()));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);

            assertThat(page.locator("#wallet-outcome[data-state=presented]")).isVisible();
            assertThat(page.locator("[data-binding]")).containsText(wallet.did());
            assertThat(page.locator(".verdict h2")).containsText("Verified");
            assertThat(Axe.violations(page)).isEmpty();
            shot(page, "wallet-report");
            page.setViewportSize(390, 844);
            shot(page, "wallet-report-390");
        }
    }

    private static void shot(Page page, String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
