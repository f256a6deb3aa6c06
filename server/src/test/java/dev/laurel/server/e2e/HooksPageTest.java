package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import dev.laurel.server.organizations.Actor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An owner adds a hook mapping in Chromium, previews the sample event the page offers, and sees the event an LMS then
 * sends in the page's log — within the content security policy.
 */
class HooksPageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void anOwnerAddsAMappingPreviewsTheSampleAndSeesTheEventIssued() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Hooks College");
        Scenario.badge(issuer, "Safety course", "di");
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    errors.add(message.text());
                }
            });
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(base + "/organizations/" + issuer.organizationId() + "/hooks");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Moodle: Safety course");
            page.getByLabel("Badge").selectOption(new SelectOption().setLabel("Safety course"));
            page.getByLabel("Event id").fill("/objectid");
            page.getByLabel("Recipient email").fill("/user/email");
            page.getByLabel("Recipient name").fill("/user/fullname");
            page.locator("#conditionPointer").fill("/eventname");
            page.locator("#conditionEquals").fill("course_completed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add mapping"))
                    .click();
            page.waitForURL("**/hooks/*");
            String path = URI.create(page.url()).getPath();
            UUID mapping = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            assertThat(page.locator("#hook-url").textContent()).isEqualTo(base + "/api/v1/hooks/" + mapping);
            assertThat(page.locator("#curl").textContent()).contains("Authorization: Bearer $LAUREL_KEY");

            String sample = page.locator("#event").inputValue();
            assertThat(sample).contains("course_completed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                    .click();
            page.waitForSelector("#preview");
            assertThat(page.locator("#preview").getAttribute("data-outcome")).isEqualTo("issue");

            String key = keys.create(issuer.organizationId(), "lms", EnumSet.of(Scope.ISSUE), new Actor.Operator())
                    .secret();
            HttpResponse<String> issued = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/hooks/" + mapping))
                                    .header("Authorization", "Bearer " + key)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(sample))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);

            page.navigate(base + path);
            assertThat(page.locator("tr[data-status=issued]").count()).isOne();
            assertThat(page.locator("tr[data-status=issued]").textContent()).contains("issued");
            Axe.require(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/hooks-page.png"))
                    .setFullPage(true));
            assertThat(errors).noneMatch(text -> text.contains("Content Security Policy"));
        }
    }
}
