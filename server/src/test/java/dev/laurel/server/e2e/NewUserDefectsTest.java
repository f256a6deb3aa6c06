package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.server.Images;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a new issuer and a new earner hit, in Chromium with axe: the badge form keeps its image through another
 * field's error; the badge page shows its kind and tags; the bulk pages' buttons look like buttons and a file uploaded
 * again says so once; revoking asks once more; the earner from the mailed link finds sign-up filled in, their address
 * confirmed by accepting, and tags apart from skills in the backpack. Screenshots (1280 and 390 px wide) go to
 * {@code docs/screenshots/new-user}.
 */
class NewUserDefectsTest extends ServerTest {

    private static final Path SHOTS = Path.of("../docs/screenshots/new-user");
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIssuerKeepsTheImageSeesKindAndTagsReadsOneLineForARepeatedFileAndConfirmsARevocation() throws Exception {
        Files.createDirectories(SHOTS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Lighthouse Polytechnic");
        String base = "http://localhost:" + PORT;
        String org = base + "/organizations/" + issuer.organizationId();
        byte[] image = Images.png(160, 160);
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            logIn(page, base, issuer.owner().email());

            // the form comes back for the missing criteria: the chosen image is kept, and says so
            page.navigate(org + "/badges/new");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Harbour Pilot");
            page.getByLabel("Description").fill("Guides ships safely into the harbour.");
            page.getByLabel("Upload a file").check();
            page.getByLabel("Image", new Page.GetByLabelOptions().setExact(true))
                    .setInputFiles(new FilePayload("pilot.png", "image/png", image));
            page.getByLabel("Kind").selectOption("Certification");
            page.getByLabel("Tags").fill("maritime, night shifts");
            page.getByLabel("Skills").fill("Navigation");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create badge"))
                    .click();
            assertThat(page.locator("#held-image")).containsText("The image you chose is kept");
            widths(page, "badge-form-image-kept");

            page.getByLabel("How it is earned").fill("Pilot twenty ships in under supervision.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create badge"))
                    .click();
            page.waitForURL(url -> url.matches(".*/badges/[0-9a-f-]{36}$"));
            UUID badge = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            assertThat(jdbc.sql("select image from badges where id = :id")
                            .param("id", badge)
                            .query(byte[].class)
                            .single())
                    .isEqualTo(image);
            assertThat(page.locator("#kind")).hasText("Certification");
            assertThat(page.locator("#tags")).containsText("maritime");
            assertThat(page.locator("#tags")).containsText("night shifts");
            assertThat(page.locator("#skills")).hasText("Navigation");
            widths(page, "badge-page-kind-tags");

            // bulk: styled buttons; the same file again is one line
            String csv = "email,name\n" + uniqueEmail("pilot-1") + ",Grace Pilot\n" + uniqueEmail("pilot-2")
                    + ",Ada Pilot\n";
            page.navigate(org + "/badges/" + badge + "/bulk");
            widths(page, "bulk-upload");
            upload(page, csv);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue 2 valid rows"))
                    .click();
            assertThat(page.locator("#progress")).hasAttribute("data-state", "completed");
            page.navigate(org + "/badges/" + badge + "/bulk");
            upload(page, csv);
            assertThat(page.locator("#already-held"))
                    .hasText("All 2 recipients already hold this badge: there is nothing to issue.");
            assertThat(page.locator("#problems")).hasCount(0);
            widths(page, "bulk-report-already-held");

            // revoking asks once more, without JavaScript
            UUID credential = Scenario.issue(issuer, badge, "Anne Bonny", uniqueEmail("anne"));
            page.navigate(org + "/credentials/" + credential);
            page.getByLabel("Reason for revoking").fill("Awarded to the wrong pilot");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke for good"))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Revoke this credential for good?")))
                    .isVisible();
            assertThat(page.locator("#reason")).hasText("Awarded to the wrong pilot");
            assertThat(state(credential)).isEqualTo("active");
            widths(page, "revoke-confirm");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("No, keep it"))
                    .click();
            assertThat(state(credential)).isEqualTo("active");
            page.getByLabel("Reason for revoking").fill("Awarded to the wrong pilot");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke for good"))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, revoke for good"))
                    .click();
            assertThat(page.getByText("Revoked. Every verification now reports it."))
                    .isVisible();
            assertThat(state(credential)).isEqualTo("revoked");
        }
    }

    @Test
    void anEarnerFromTheMailedLinkSignsUpFilledInIsConfirmedByAcceptingAndFiltersByTag() throws Exception {
        Files.createDirectories(SHOTS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Tidewater College");
        UUID badge = Scenario.badge(issuer, "Knot Tying", "di");
        String email = uniqueEmail("mary-read");
        Scenario.issue(issuer, badge, "Mary Read", email);
        String claim = Mails.link(mailsTo(email, m -> Mails.subject(m).startsWith("You have earned"))
                .getFirst());
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(claim);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account"))
                    .click();
            assertThat(page.getByLabel("Your name")).hasValue("Mary Read");
            assertThat(page.getByLabel("Email")).hasValue(email);
            widths(page, "signup-from-claim");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(PASSWORD);
            page.getByLabel("Repeat the password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            page.waitForURL("**/signup/sent**");

            page.navigate(base + "/dashboard");
            logIn(page, base, email);
            page.navigate(base + "/dashboard");
            assertThat(page.getByText("Please confirm your email address")).isVisible();
            widths(page, "dashboard-confirm-banner");

            page.navigate(claim);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into my backpack"))
                    .click();
            page.waitForURL("**/backpack");
            page.navigate(base + "/dashboard");
            assertThat(page.getByText("Please confirm your email address")).hasCount(0);

            page.navigate(base + "/backpack");
            assertThat(page.getByLabel("Skill").locator("option"))
                    .containsText(new String[] {"Any", "Communication", "Teamwork"});
            assertThat(page.getByLabel("Tag").locator("option")).containsText(new String[] {"Any", "collaboration"});
            page.getByLabel("Tag").selectOption("collaboration");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Show").setExact(true))
                    .click();
            assertThat(page.getByText("1 of 1 shown")).isVisible();
            widths(page, "backpack-tag-filter");
        }
    }

    private void upload(Page page, String csv) {
        page.getByLabel("CSV file")
                .setInputFiles(new FilePayload("cohort.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file"))
                .click();
        page.waitForSelector("#summary");
    }

    private String state(UUID credential) {
        return jdbc.sql("select state from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();
    }

    private static void logIn(Page page, String base, String email) {
        page.navigate(base + "/login");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Full-page screenshots 1280 and 390 px wide, after axe found nothing wrong at either width. */
    private static void widths(Page page, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            assertThat(Axe.violations(page)).as(name + " at " + width + " px").isEmpty();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SHOTS.resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1280, 800);
    }
}
