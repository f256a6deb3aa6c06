package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Images;
import dev.laurel.server.Mails;
import dev.laurel.server.ServerTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole loop in Debian's Chromium: sign up, confirm the address, create an organization, design a badge, issue
 * it; the earner opens the mail, claims the credential and sees its public page verified; the issuer revokes it; the
 * public page and /verify say revoked. Screenshots go to target/e2e.
 */
class IssueClaimVerifyRevokeTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    private final String base = "http://localhost:" + PORT;

    @Test
    void issuesClaimsVerifiesAndRevokesThroughThePages() throws Exception {
        Files.createDirectories(SHOTS);
        try (Chromium chromium = Chromium.launch()) {
            BrowserContext issuerContext = chromium.browser().newContext();
            Page issuer = issuerContext.newPage();
            String issuerEmail = uniqueEmail("dean");

            issuer.navigate(base + "/signup");
            issuer.getByLabel("Your name").fill("Dean Ada");
            issuer.getByLabel("Email").fill(issuerEmail);
            issuer.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("correct horse battery");
            issuer.getByLabel("Repeat the password").fill("correct horse battery");
            Steps.shot(issuer, SHOTS, "01-signup");
            issuer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            // Sign-up answers "check your mail" alike for every address; the new account logs in with its password.
            Steps.shot(issuer, SHOTS, "01-signup-sent");
            issuer.setViewportSize(390, 844);
            Steps.shot(issuer, SHOTS, "01-signup-sent-390");
            issuer.setViewportSize(1280, 720);
            issuer.locator("main")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log in"))
                    .click();
            issuer.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))
                    .fill(issuerEmail);
            issuer.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("correct horse battery");
            issuer.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Log in").setExact(true))
                    .click();
            assertThat(issuer.getByText("Please confirm your email address")).isVisible();

            String confirm = Mails.link(
                    mailsTo(issuerEmail, m -> subject(m).contains("Confirm")).get(0));
            issuer.navigate(confirm);
            assertThat(issuer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Address confirmed")))
                    .isVisible();

            issuer.navigate(base + "/organizations/new");
            issuer.getByLabel("Name").fill("Westbrook University");
            issuer.getByLabel("Web site").fill("https://westbrook.example");
            issuer.getByLabel("Description").fill("A university that issues Open Badges.");
            Steps.shot(issuer, SHOTS, "02-organization");
            issuer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create organization"))
                    .click();
            assertThat(issuer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Westbrook University")))
                    .isVisible();

            issuer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Badges")))
                    .click();
            issuer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Design a badge"))
                    .click();
            issuer.getByLabel("Name").fill("Collaborative Research");
            issuer.getByLabel("Description").fill("Recognizes sustained collaboration on a research project.");
            Path image = Files.write(Files.createTempFile("badge", ".png"), Images.png(256, 256));
            issuer.getByLabel("Image").setInputFiles(image);
            issuer.getByLabel("How it is earned").fill("Contribute to a research project for a full semester.");
            issuer.getByLabel("Skills").fill("Research, Teamwork");
            issuer.getByLabel("Valid for (months)").fill("24");
            Steps.shot(issuer, SHOTS, "03-badge-form");
            issuer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create badge"))
                    .click();
            assertThat(issuer.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Collaborative Research")))
                    .isVisible();

            issuer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Issue this badge"))
                    .click();
            String earnerEmail = uniqueEmail("earner");
            issuer.getByLabel("Recipient's name").fill("Ngũyễn Thị Ánh");
            issuer.getByLabel("Recipient's email").fill(earnerEmail);
            issuer.getByLabel("How it was earned").fill("Co-authored the lab's field study.");
            Steps.shot(issuer, SHOTS, "04-issue");
            issuer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue and send"))
                    .click();
            assertThat(issuer.getByText("Issued to Ngũyễn Thị Ánh")).isVisible();
            String credentialPage = issuer.url();
            Steps.shot(issuer, SHOTS, "05-issued");

            EarnerSteps.claimVerifyAndCheckRevocation(
                    chromium, issuer, credentialPage, earnerEmail, base, SHOTS, (to, which) -> mailsTo(to, which));
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
