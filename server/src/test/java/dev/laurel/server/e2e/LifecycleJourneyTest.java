package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.lifecycle.Reminders;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A certification's whole lifecycle in Chromium, time moved on through {@code POST /dev/clock} as a person trying Laurel
 * would: issued; a week later the earner is reminded to accept it and accepts from the reminder; 90 days before it
 * expires they are reminded to renew, ask with evidence, and the issuer approves; the renewal verifies, the renewed
 * credential shows Renewed, and once past its date, Expired. Shots in target/screenshots/lifecycle, axe-checked.
 */
class LifecycleJourneyTest extends ServerTest {

    private static final Pattern RENEW_LINK = Pattern.compile("https?://\\S+/c/[0-9a-f-]{36}/renew");
    private static final Pattern CLAIM_LINK = Pattern.compile("https?://\\S+/claim/[A-Za-z0-9_-]+");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Reminders reminders;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void issueRemindAcceptRemindRenewApproveThenRenewedAndExpired() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/lifecycle"));
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Journey Certification Board");
        OrganizationId organization = new OrganizationId(issuer.organizationId());
        UUID badge = Scenario.badge(issuer, "Certified Safety Auditor", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Dorothy Vaughan");
        UUID old = Scenario.issue(issuer, badge, earner.name(), earner.email());
        Instant validUntil = jdbc.sql("select valid_until from credentials where id = :id")
                .param("id", old)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        String base = "http://localhost:" + PORT;
        String org = base + "/organizations/" + issuer.organizationId();

        try (Chromium chromium = Chromium.launch();
                BrowserContext issuerContext = chromium.browser().newContext();
                BrowserContext earnerContext = chromium.browser().newContext();
                BrowserContext anyoneContext = chromium.browser().newContext()) {
            // A week passes and the earner has not accepted: the sweep reminds them, once.
            ClockMoves.advance(port, "P8D");
            reminders.sendDue(organization);
            reminders.sendDue(organization);
            List<MimeMessage> acceptReminders = mailsTo(earner.email(), subject("Reminder: accept your credential"));
            assertThat(acceptReminders).hasSize(1);
            Matcher claim = CLAIM_LINK.matcher(Mails.text(acceptReminders.getFirst()));
            assertThat(claim.find()).as(Mails.text(acceptReminders.getFirst())).isTrue();

            Page person = Steps.logIn(earnerContext.newPage(), base, earner.email());
            person.navigate(claim.group());
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into my backpack"))
                    .click();
            assertThat(person.getByText("is in your backpack")).isVisible();
            Steps.widths(person, shots, "01-accepted-from-reminder");

            // 90 days before it expires: reminded to renew, with a link to the renewal page.
            ClockMoves.advance(
                    port,
                    Duration.between(clock.instant(), validUntil.minus(Duration.ofDays(89)))
                            .toString());
            reminders.sendDue(organization);
            reminders.sendDue(organization);
            assertThat(mailsTo(earner.email(), subject("Reminder: accept your credential")))
                    .as("accepted: no further reminder to accept")
                    .hasSize(1);
            List<MimeMessage> expiryReminders = mailsTo(earner.email(), subject("expires on"));
            assertThat(expiryReminders).hasSize(1);
            assertThat(expiryReminders.getFirst().getHeader("List-Unsubscribe-Post"))
                    .containsExactly("List-Unsubscribe=One-Click");
            Matcher renew = RENEW_LINK.matcher(Mails.text(expiryReminders.getFirst()));
            assertThat(renew.find()).isTrue();
            assertThat(renew.group()).endsWith("/c/" + old + "/renew");

            person.navigate(renew.group());
            person.getByLabel("Link to your evidence").fill("https://cpd.example.org/dorothy");
            person.getByLabel("A file")
                    .setInputFiles(new FilePayload(
                            "audit-hours.pdf",
                            "application/pdf",
                            "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            Steps.widths(person, shots, "02-renewal-request");
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask to renew"))
                    .click();
            person.waitForURL("**/renew?sent=pending");

            // The issuer approves in the queue: the renewal is issued through the one issuing operation.
            Page desk =
                    Steps.logIn(issuerContext.newPage(), base, issuer.owner().email());
            desk.navigate(org + "/renewals");
            assertThat(desk.locator(".renewal-queue")).containsText("Dorothy Vaughan");
            assertThat(desk.locator(".renewal-queue")).containsText("audit-hours.pdf");
            Steps.widths(desk, shots, "03-queue");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve and renew"))
                    .click();
            assertThat(desk.locator(".flash")).containsText("was renewed");
            assertThat(mailsTo(earner.email(), subject("was renewed"))).hasSize(1);
            UUID renewal = jdbc.sql("select id from credentials where renews = :old")
                    .param("old", old)
                    .query(UUID.class)
                    .single();

            // The renewal verifies; the credential it renews says Renewed, linking to it.
            Page anyone = anyoneContext.newPage();
            anyone.navigate(base + "/c/" + renewal);
            assertThat(anyone.locator("#verification [data-verdict]"))
                    .hasText(Pattern.compile("^Valid — Certified Safety Auditor, issued by Journey Certification Board"
                            + " to Dorothy Vaughan on .+\\.$"));
            Steps.widths(anyone, shots, "04-renewal-verified");
            anyone.navigate(base + "/c/" + old);
            assertThat(anyone.getByText("Renewed").first()).isVisible();
            assertThat(anyone.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("See the credential that renews it")))
                    .hasAttribute("href", Pattern.compile("/c/" + renewal + "$"));
            Steps.widths(anyone, shots, "05-old-renewed");

            // Past its date the renewed credential is Expired, still naming who earned what; the renewal is not.
            ClockMoves.advance(port, "P91D");
            anyone.navigate(base + "/c/" + old);
            assertThat(anyone.getByText("Expired").first()).isVisible();
            assertThat(anyone.getByText("Dorothy Vaughan").first()).isVisible();
            assertThat(anyone.locator("#verification [data-verdict]")).containsText("expired");
            Steps.widths(anyone, shots, "06-old-expired");
            anyone.navigate(base + "/c/" + renewal);
            assertThat(anyone.locator("#verification [data-verdict]")).hasText(Pattern.compile("^Valid — "));
        }
    }

    private static java.util.function.Predicate<MimeMessage> subject(String part) {
        return message -> Mails.subject(message).contains(part);
    }
}
