package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.apikeys.Scope;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: an association's owner endorses a university's badge from the badge's public page and its endorsements page, the
 * university's owner accepts it on the organization's endorsements page, and anyone then sees it on the badge's page
 * with its live verification line; the comment is shown as written, never as markup. Screenshots (desktop and 390 px)
 * in {@code target/screenshots/endorsements}; those in {@code docs/screenshots/endorsements} are copies of them.
 */
class EndorsementPagesTest extends ServerTest {

    private static final String COMMENT = "Assessed against our <b>certification</b> standard & passed.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Test
    void anAssociationEndorsesABadgeTheUniversityAcceptsAndAnyoneSeesItVerified() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/endorsements"));
        Scenario.Issuer university = Scenario.issuer(port, jdbc, "Polytechnic of the North");
        Scenario.Issuer association = Scenario.issuer(port, jdbc, "Welding Association");
        UUID badge = badge(ApiCalls.withKey(port, keys, university.organizationId(), Scope.ISSUE));
        String base = "http://localhost:" + PORT;

        try (Chromium chromium = Chromium.launch()) {
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page =
                        Steps.logIn(context.newPage(), base, association.owner().email());
                page.navigate(base + "/badges/" + badge);
                assertThat(page.getByRole(
                                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Structural Welding I")))
                        .isVisible();
                Steps.widths(page, shots, "00-badge");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endorsements — endorse this badge"))
                        .click();
                page.waitForURL("**/endorsements");
                assertThat(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("Endorsements of Structural Welding I")))
                        .isVisible();
                page.getByLabel("Comment (optional)").fill(COMMENT);
                Steps.widths(page, shots, "01-endorse-form");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and send the endorsement"))
                        .click();
                assertThat(page.getByRole(AriaRole.STATUS).first())
                        .containsText("Polytechnic of the North will accept or decline it");
            }
            try (BrowserContext context = chromium.browser().newContext()) {
                Page page =
                        Steps.logIn(context.newPage(), base, university.owner().email());
                page.navigate(base + "/organizations/" + university.organizationId());
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endorsements"))
                        .first()
                        .click();
                page.waitForURL("**/endorsements");
                assertThat(page.locator(".endorsement blockquote")).hasText(COMMENT);
                assertThat(page.getByText("Verified")).isVisible();
                Steps.widths(page, shots, "02-pending");
                page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Accept the endorsement by Welding Association"))
                        .click();
                assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Accepted");
                Steps.widths(page, shots, "03-accepted");
            }
            try (BrowserContext anyone = chromium.browser().newContext()) {
                Page page = anyone.newPage();
                page.navigate(base + "/badges/" + badge);
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Endorsed by one organization"))
                        .click();
                page.waitForURL("**/endorsements");
                assertThat(page.locator(".endorsement strong")).hasText("Welding Association");
                assertThat(page.locator(".endorsement blockquote")).hasText(COMMENT);
                assertThat(page.locator(".endorsement .pill")).hasText("Verified");
                Steps.widths(page, shots, "04-public");
            }
        }
    }

    private static UUID badge(ApiCalls api) {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
                <circle cx="64" cy="64" r="60" fill="#8c5a3b"/><circle cx="64" cy="64" r="48" fill="none" stroke="#fff" stroke-width="4"/>
                <text x="64" y="80" font-family="Georgia, serif" font-size="48" font-weight="700" fill="#fff" text-anchor="middle">W</text>
                </svg>""";
        ObjectNode body = ApiCalls.achievement("Structural Welding I");
        body.put("image", ApiCalls.dataUri("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)));
        ApiCalls.Answer created = api.post("/api/v1/achievements", body);
        if (created.status() != 201) {
            throw new AssertionError("achievement not created: " + created);
        }
        return UUID.fromString(created.json().get("id").asText());
    }
}
