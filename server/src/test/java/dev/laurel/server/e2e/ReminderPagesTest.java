package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.lifecycle.Reminders;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: a member ticks the weekly expiry digest on the members page; the reminder to accept shows in the
 * development outbox; its unsubscribe link asks to confirm, then stops reminders. Screenshots at 1280 and 390 px in
 * {@code target/screenshots/reminders}.
 */
class ReminderPagesTest extends ServerTest {

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
    void aMemberTicksTheDigestAndAnEarnerUnsubscribesFromReminders() throws Exception {
        Path shots = Files.createDirectories(Path.of("target/screenshots/reminders"));
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Chromium Reminder Board");
        UUID badge = Scenario.badge(issuer, "Scaffold Inspection", "di");
        String earner = uniqueEmail("scaffold");
        Scenario.issue(issuer, badge, "Sasha Scaffold", earner);
        String base = "http://localhost:" + PORT;
        try (Chromium chromium = Chromium.launch();
                BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            Steps.logIn(page, base, issuer.owner().email());

            page.navigate(base + "/organizations/" + issuer.organizationId() + "/members");
            page.waitForSelector("#expiry-digest");
            page.getByLabel("Mail me each week").check();
            page.locator("#expiry-digest").getByRole(AriaRole.BUTTON).click();
            page.waitForSelector("#expiry-digest input[type=checkbox]:checked");
            Steps.widths(page, shots, "01-members-digest");

            ClockMoves.advance(port, "P8D");
            reminders.sendDue(new OrganizationId(issuer.organizationId()));
            UUID mail = jdbc.sql("select id from mail_outbox where lower(recipient) = :to and kind = 'reminder-accept'")
                    .param("to", earner)
                    .query(UUID.class)
                    .single();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
            while (!sent(mail) && System.nanoTime() < deadline) {
                Thread.sleep(100); // rendered when sent, as mails queued in bulk are
            }
            assertThat(sent(mail)).isTrue();
            page.navigate(base + "/dev/mail/" + mail);
            page.waitForTimeout(500);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(shots.resolve("02-reminder-mail.png"))
                    .setFullPage(true));

            String header = jdbc.sql("select headers ->> 'List-Unsubscribe' from mail_outbox where id = :id")
                    .param("id", mail)
                    .query(String.class)
                    .single();
            Page anyone = context.browser().newContext().newPage();
            anyone.navigate(header.substring(1, header.length() - 1));
            assertThat(anyone.locator("h1").textContent()).isEqualTo("Reminder mails");
            Steps.widths(anyone, shots, "03-unsubscribe");
            anyone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop reminder mails"))
                    .click();
            anyone.waitForSelector("[role=status]");
            assertThat(anyone.locator("[role=status]").textContent()).contains("no more reminder mails");
            Steps.widths(anyone, shots, "04-unsubscribed");
        }
    }

    private boolean sent(UUID mail) {
        return jdbc.sql("select sent_at is not null from mail_outbox where id = :id")
                .param("id", mail)
                .query(Boolean.class)
                .single();
    }
}
