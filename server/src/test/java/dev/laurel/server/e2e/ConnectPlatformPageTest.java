package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An earner connects another platform to their backpack, in Chromium: the platform's authorization request sends
 * them to log in, then to the consent page (its name, logo and the scopes in words), Allow sends them back to the
 * platform with a code; the account page lists the platform, and "Revoke access" removes it. Screenshots at 1280
 * and 390 px go to {@code docs/screenshots/ob3}; axe checks every page shown.
 */
class ConnectPlatformPageTest extends ServerTest {

    private static final Path SHOTS = Path.of("../docs/screenshots/ob3");
    private static final String SCOPES = "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.readonly "
            + "https://purl.imsglobal.org/spec/ob/v3p0/scope/credential.upsert "
            + "https://purl.imsglobal.org/spec/ob/v3p0/scope/profile.readonly";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEarnerAllowsAPlatformAndRevokesItLater() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Chromium Consent");
        String base = "http://localhost:" + PORT;
        String redirect = base + "/platform-callback";
        HttpResponse<String> registered = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/oauth2/register"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"Northwind Portfolio\","
                                        + "\"client_uri\":\"https://portfolio.example\",\"redirect_uris\":[\""
                                        + redirect + "\"],\"scope\":\"" + SCOPES + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode client = Json.parse(registered.body());
        String authorize = base + "/oauth2/authorize?response_type=code&client_id="
                + encode(client.path("client_id").asText()) + "&redirect_uri=" + encode(redirect) + "&scope="
                + encode(SCOPES) + "&state=s1&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&code_challenge_method=S256";
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(authorize);
            page.waitForURL("**/login**");
            page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))
                    .fill(earner.email());
            page.getByLabel("Password").fill("correct horse battery");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            page.waitForURL("**/oauth/consent**");
            assertThat(page.locator("main").textContent())
                    .contains("Northwind Portfolio asks to reach your backpack")
                    .contains("Read the credentials in your backpack")
                    .contains("Add credentials to your backpack");
            screenshots(page, "consent");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow"))
                    .click();
            page.waitForURL("**/platform-callback?**");
            assertThat(page.url()).contains("code=").contains("state=s1");

            page.navigate(base + "/backpack/account");
            assertThat(page.locator("#platforms").textContent())
                    .contains("Northwind Portfolio")
                    .contains("Read the credentials in your backpack");
            screenshots(page, "account-platforms");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke access"))
                    .click();
            page.getByText("Access revoked").waitFor();
            assertThat(page.locator("#platforms").textContent()).doesNotContain("Northwind Portfolio");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void screenshots(Page page, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            Axe.require(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
        }
    }
}
