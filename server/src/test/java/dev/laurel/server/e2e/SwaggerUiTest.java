package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.laurel.server.ServerTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Swagger UI renders the management API in a real browser, within its content security policy. */
class SwaggerUiTest extends ServerTest {

    @Test
    void rendersEveryOperationWithoutPolicyViolations() {
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text());
                }
            });
            page.navigate("http://localhost:" + PORT + "/swagger-ui.html");
            page.waitForSelector(".opblock-summary-path");
            assertThat(page.locator(".opblock-summary-path").count()).isGreaterThanOrEqualTo(15);
            assertThat(page.locator(".info .title").textContent()).contains("Laurel management API");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/swagger-ui.png"))
                    .setFullPage(false));
            assertThat(errors).noneMatch(text -> text.contains("Content Security Policy"));
        }
    }
}
