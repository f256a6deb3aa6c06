package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expiry as people see it, in Chromium: the issued mail in the development outbox; then, two years on, the expired
 * credential's public page, its embed, the earner's backpack filtered to Expired and its item page without share
 * buttons, and the issuer's credential list with status, acceptance and credits. Screenshots at 1280 and 390 px go to
 * target/e2e; every page passes axe.
 */
class ExpiryPagesTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");
    private static final Pattern CLAIM = Pattern.compile("http://localhost:\\d+(/claim/[A-Za-z0-9_-]{43})");

    private final String base = "http://localhost:" + PORT;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LifecyclePolicies policies;

    @Autowired
    Clock clock;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void anExpiredCredentialShowsExpiredEverywhere() throws Exception {
        Files.createDirectories(SHOTS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Northfield Board of Nursing");
        UUID badge = Scenario.badge(issuer, "Registered Nurse", "di");
        policies.save(
                new OrganizationId(issuer.organizationId()),
                new BadgeId(badge),
                new LifecyclePolicies.Overrides(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Congratulations on passing the **licensure exam**.\n\n"
                                + "Keep your licence current: see [renewal rules](https://northfield.example/renew)."));
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Nora Nightingale");
        UUID credential = Scenario.issue(issuer, badge, earner.name(), earner.email());
        Scenario.issue(issuer, badge, "Pending Person", uniqueEmail("pending"));
        Matcher claim = CLAIM.matcher(
                Mails.text(mailsTo(earner.email(), m -> Mails.subject(m).startsWith("You have earned"))
                        .getFirst()));
        assertThat(claim.find()).isTrue();
        earner.browser().get(claim.group(1));
        assertThat(earner.browser().post(claim.group(1), Map.of()).body()).contains("is in your backpack");
        UUID mail = jdbc.sql("select id from mail_outbox where recipient = :to and kind = 'credential-issued'")
                .param("to", earner.email())
                .query(UUID.class)
                .single();
        UUID item = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credential)
                .query(UUID.class)
                .single();

        try (Chromium chromium = Chromium.launch()) {
            Page anyone = chromium.browser().newContext().newPage();
            anyone.navigate(base + "/dev/mail/" + mail);
            assertThat(anyone.frameLocator("iframe").first().locator("#linkedin"))
                    .isVisible();
            Steps.widths(anyone, SHOTS, "30-issued-mail");
            // the mail's own body, as a mail client shows it: served sandboxed (no scripts), so axe cannot run in it
            anyone.navigate(base + "/dev/mail/" + mail + "/html");
            for (int width : new int[] {1280, 390}) {
                anyone.setViewportSize(width, 800);
                anyone.screenshot(new Page.ScreenshotOptions()
                        .setPath(SHOTS.resolve("30-issued-mail-body-" + width + ".png"))
                        .setFullPage(true));
            }
            anyone.setViewportSize(1280, 800);

            ClockMoves.advance(port, "P731D");

            anyone.navigate(base + "/c/" + credential);
            assertThat(anyone.locator("#expired-banner")).containsText("Expired on");
            assertThat(anyone.getByText("Awarded to Nora Nightingale")).isVisible();
            assertThat(anyone.locator("#share-ended")).isVisible();
            Steps.widths(anyone, SHOTS, "31-public-expired");

            anyone.navigate(base + "/embed/" + item);
            assertThat(anyone.locator("[data-verdict]")).containsText("expired");
            Steps.widths(anyone, SHOTS, "32-embed-expired");

            Page nora = login(chromium.browser().newContext(), earner.email());
            nora.navigate(base + "/backpack");
            nora.getByLabel("Status").selectOption("expired");
            nora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                    .click();
            assertThat(nora.getByText("Registered Nurse").first()).isVisible();
            Steps.widths(nora, SHOTS, "33-backpack-expired");
            nora.navigate(base + "/backpack/items/" + item);
            assertThat(nora.locator("#share-ended")).isVisible();
            assertThat(nora.locator("#linkedin-profile")).hasCount(0);
            Steps.widths(nora, SHOTS, "34-item-expired");

            Page dean = login(chromium.browser().newContext(), issuer.owner().email());
            dean.navigate(base + "/organizations/" + issuer.organizationId() + "/credentials");
            assertThat(dean.locator("tr[data-credential='" + credential + "'] .pill.expired"))
                    .isVisible();
            Steps.widths(dean, SHOTS, "35-issuer-credentials");
            dean.getByLabel("State").selectOption("expired");
            dean.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                    .click();
            assertThat(dean.locator("tbody tr")).hasCount(2);
            Steps.widths(dean, SHOTS, "36-issuer-credentials-expired");
        }
    }

    private Page login(BrowserContext context, String email) {
        return Steps.logIn(context.newPage(), base, email);
    }
}
