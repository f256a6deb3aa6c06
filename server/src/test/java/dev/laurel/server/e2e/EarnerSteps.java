package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Mails;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** The earner's half of the browser test, and the revocation seen from the public side. */
final class EarnerSteps {

    /** {@code ServerTest.mailsTo}, handed over because it is visible to server tests only. */
    interface Mailbox extends BiFunction<String, Predicate<MimeMessage>, List<MimeMessage>> {}

    private EarnerSteps() {}

    static void claimVerifyAndCheckRevocation(
            Chromium chromium,
            Page issuer,
            String credentialPage,
            String earnerEmail,
            String base,
            Path shots,
            Mailbox mailbox)
            throws Exception {
        MimeMessage mail = mailbox.apply(earnerEmail, m -> true).get(0);
        assertThat(mail.getSubject()).contains("Collaborative Research").contains("Westbrook University");
        String claim = Mails.link(mail);
        assertThat(claim).contains("/claim/");

        BrowserContext earnerContext = chromium.browser().newContext();
        Page earner = earnerContext.newPage();
        earner.navigate(claim);
        assertThat(earner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Collaborative Research")))
                .isVisible();
        Steps.shot(earner, shots, "06-claim");
        earner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account"))
                .click();
        earner.getByLabel("Your name").fill("Ngũyễn Thị Ánh");
        earner.getByLabel("Email").fill(earnerEmail);
        earner.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("another long passphrase");
        earner.getByLabel("Repeat the password").fill("another long passphrase");
        earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        // Sign-up answers "check your mail" alike for every address; the new account logs in with its password.
        earner.locator("main")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log in"))
                .click();
        earner.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(earnerEmail);
        earner.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill("another long passphrase");
        earner.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Log in").setExact(true))
                .click();
        assertThat(earner).hasURL(claim);
        earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into my backpack"))
                .click();
        assertThat(earner.getByText("is in your backpack")).isVisible();
        Steps.shot(earner, shots, "07-backpack");

        String id = credentialPage.substring(credentialPage.lastIndexOf('/') + 1);
        Page anyone = chromium.browser().newContext().newPage();
        anyone.navigate(base + "/c/" + id);
        assertThat(anyone.getByText("Ngũyễn Thị Ánh").first()).isVisible();
        assertThat(anyone.getByText("Verified", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(anyone.locator("meta[property='og:image']"))
                .hasAttribute("content", java.util.regex.Pattern.compile("/badges/.+/image$"));
        Download download = anyone.waitForDownload(
                () -> anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Badge image (PNG)"))
                        .click());
        Path baked = download.path();
        assertThat(anyone.locator("#verification [data-verdict]"))
                .hasText(java.util.regex.Pattern.compile(
                        "^Valid — Collaborative Research, issued by Westbrook University to Ngũyễn Thị Ánh on .+\\.$"));
        assertThat(anyone.locator("#verification details.every-check")).not().hasAttribute("open", "");
        assertThat(Axe.violations(anyone)).isEmpty();
        Steps.widths(anyone, shots, "08-public-verified");

        anyone.navigate(base + "/verify");
        anyone.getByLabel("Upload a file").setInputFiles(baked);
        anyone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();
        // The verdict leads, saying what the credential says of its recipient (a name in the clear), the checks wait.
        assertThat(anyone.locator("#outcome [data-verdict]"))
                .hasText(java.util.regex.Pattern.compile(
                        "^Valid — Collaborative Research, issued by Westbrook University to Ngũyễn Thị Ánh on .+\\.$"));
        assertThat(anyone.locator("#outcome [data-check=proof]")).isHidden();
        assertThat(anyone.locator("main").getByText("Ngũyễn Thị Ánh", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(Axe.violations(anyone)).isEmpty();
        Steps.widths(anyone, shots, "08b-verify-valid");

        issuer.navigate(credentialPage);
        issuer.getByLabel("Reason for revoking").fill("Awarded to the wrong cohort");
        issuer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke for good"))
                .click();
        issuer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, revoke for good"))
                .click();
        assertThat(issuer.getByText("Revoked. Every verification now reports it."))
                .isVisible();
        Steps.shot(issuer, shots, "09-revoked");

        anyone.navigate(base + "/c/" + id);
        assertThat(anyone.getByText("Not verified", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(anyone.getByText("Awarded to the wrong cohort").first()).isVisible();
        assertThat(anyone.locator("#verification [data-verdict]"))
                .hasText(java.util.regex.Pattern.compile("^Not valid — revoked by Westbrook University on .+\\.$"));
        assertThat(Axe.violations(anyone)).isEmpty();
        Steps.widths(anyone, shots, "10-public-revoked");

        anyone.navigate(base + "/verify");
        anyone.getByLabel("Upload a file").setInputFiles(baked);
        anyone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify"))
                .click();
        assertThat(anyone.getByText("Not verified", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(anyone.locator("#outcome [data-verdict]")).hasText("Not valid — revoked by its issuer.");
        assertThat(anyone.getByText("Its issuer signed what is shown here")).isVisible();
        assertThat(anyone.locator("#outcome details.every-check")).not().hasAttribute("open", "");
        assertThat(Axe.violations(anyone)).isEmpty();
        Steps.widths(anyone, shots, "11-verify-revoked");
        anyone.getByText("Show every check").click();
        assertThat(anyone.locator("#outcome [data-check=status]")).containsText("revoked");
        Steps.shot(anyone, shots, "11-verify-revoked-every-check");
    }
}
