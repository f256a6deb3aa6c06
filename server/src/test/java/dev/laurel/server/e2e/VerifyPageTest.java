package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ServerTest;
import dev.laurel.server.verification.TestCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /verify} in Debian's Chromium, with htmx: a refused submission (nothing given, a URL that cannot be fetched)
 * shows its message in place, and so does a 429 (too many verifications); a report leads with its one-sentence verdict and keeps every check behind "Show every
 * check", closed; axe-core finds no WCAG A/AA violation in either. Screenshots go to target/e2e.
 */
class VerifyPageTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    private final String base = "http://localhost:" + PORT;

    @Test
    void showsTheMessageOfAnEmptySubmissionAndOfAUrlThatCannotBeFetched() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(base + "/verify");

            verify(page);
            Locator problem = page.locator("#outcome [role=alert]");
            assertThat(problem).containsText("No credential given");
            assertThat(page).hasURL(base + "/verify");
            assertThat(Axe.violations(page)).isEmpty();

            page.getByLabel("Paste the credential, a JWT, or its URL").fill("https://127.0.0.1/badge.json");
            verify(page);
            assertThat(problem).containsText("The URL could not be fetched");
            assertThat(page.getByLabel("Paste the credential, a JWT, or its URL"))
                    .hasAttribute("aria-invalid", "true");
            assertThat(Axe.violations(page)).isEmpty();
            Files.createDirectories(SHOTS);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve("verify-url-not-fetched.png"))
                    .setFullPage(true));
        }
    }

    @Test
    void showsTheMessageOfATooManyVerificationsAnswer() {
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(base + "/verify");
            // The rate limiter's 429 (RateLimitedAnswer) carries the page with its message, as a 400 does; it is
            // played here rather than provoked, which would take this client's whole allowance.
            page.route("**/verify", route -> {
                if (!"POST".equals(route.request().method())) {
                    route.resume();
                    return;
                }
                route.fulfill(new Route.FulfillOptions()
                        .setStatus(429)
                        .setHeaders(Map.of("Content-Type", "text/html;charset=UTF-8", "Retry-After", "30"))
                        .setBody("<!DOCTYPE html><html><body><main><section id=\"outcome\">"
                                + "<div id=\"verify-problem\" class=\"flash error verify-problem\" role=\"alert\">"
                                + "<strong>Too many verifications</strong><p>Try again in 30 seconds.</p></div>"
                                + "</section></main></body></html>"));
            });
            page.getByLabel("Paste the credential, a JWT, or its URL").fill("{}");
            verify(page);
            assertThat(page.locator("#outcome [role=alert]")).containsText("Too many verifications");
        }
    }

    @Test
    void leadsWithTheVerdictAndKeepsEveryCheckBehindADisclosure() throws Exception {
        try (Chromium chromium = Chromium.launch()) {
            Page page = chromium.browser().newPage();
            page.navigate(base + "/verify");
            page.getByLabel("Paste the credential, a JWT, or its URL")
                    .fill(Json.writePretty(TestCredentials.namedRecipient()));
            verify(page);

            Locator verdict = page.locator("#outcome [data-verdict]");
            assertThat(verdict)
                    .hasText("Valid — Teamwork Badge, issued by Example Corp to Ada Lovelace on 1 January 2026.");
            Locator checks = page.locator("#outcome details.every-check");
            assertThat(checks).not().hasAttribute("open", "");
            assertThat(page.locator("#outcome [data-check=proof]")).isHidden();
            assertThat(Axe.violations(page)).isEmpty();

            page.getByText("Show every check").click();
            assertThat(page.locator("#outcome [data-check=proof]")).isVisible();
            assertThat(Axe.violations(page)).isEmpty();

            page.navigate(base + "/verify");
            page.getByLabel("Paste the credential, a JWT, or its URL")
                    .fill(Json.writePretty(TestCredentials.tampered()));
            verify(page);
            assertThat(verdict).containsText("Not valid — the credential was changed after it was signed");
            assertThat(Axe.violations(page)).isEmpty();
        }
    }

    private static void verify(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();
    }
}
