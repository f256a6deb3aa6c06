package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issuer's weekly digest: a member who ticks it on the members page gets, once a week, the organization's
 * credentials expiring in the next 30 days; one who does not, nothing.
 */
class ExpiryDigestTest extends ServerTest {

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
    void aMemberWhoAskedGetsTheExpiringCredentialsOnceAWeek() {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Digest Council");
        Browser owner = issuer.owner().browser();
        String members = "/organizations/" + issuer.organizationId() + "/members";
        assertThat(owner.get(members).body()).contains("/organizations/" + issuer.organizationId() + "/expiry-digest");
        Browser.Page choice = owner.get("/organizations/" + issuer.organizationId() + "/expiry-digest");
        assertThat(choice.body()).contains("type=\"checkbox\"").doesNotContain("checked");
        owner.post("/organizations/" + issuer.organizationId() + "/expiry-digest", Map.of("subscribed", "true"));
        assertThat(owner.get("/organizations/" + issuer.organizationId() + "/expiry-digest")
                        .body())
                .contains("checked");
        UUID badge = Scenario.badge(issuer, "Crane Operation", "di");
        String earner = uniqueEmail("crane");
        UUID credential = Scenario.issue(issuer, badge, "Cora Crane", earner);
        String to = issuer.owner().email();

        reminders.sendDue(new OrganizationId(issuer.organizationId()));
        assertThat(fixture.queued(to, "expiry-digest"))
                .as("nothing expires soon")
                .isZero();

        fixture.advanceTo(credential, Duration.ofDays(20), clock.instant());
        reminders.sendDue(new OrganizationId(issuer.organizationId()));
        reminders.sendDue(new OrganizationId(issuer.organizationId()));

        assertThat(fixture.queued(to, "expiry-digest")).isOne();
        fixture.awaitSent(to, "expiry-digest");
        MimeMessage digest = mailsTo(to, m -> Mails.subject(m).contains("expire in the next 30 days"))
                .getFirst();
        assertThat(Mails.subject(digest)).startsWith("1 credentials of Digest Council");
        assertThat(Mails.text(digest)).contains("Cora Crane").contains(earner).contains("Crane Operation");

        fixture.advance(Duration.ofDays(7));
        reminders.sendDue(new OrganizationId(issuer.organizationId()));
        assertThat(fixture.queued(to, "expiry-digest")).as("the next week's").isEqualTo(2);

        owner.get("/organizations/" + issuer.organizationId() + "/expiry-digest");
        owner.post("/organizations/" + issuer.organizationId() + "/expiry-digest", Map.of());
        fixture.advance(Duration.ofDays(7));
        reminders.sendDue(new OrganizationId(issuer.organizationId()));
        assertThat(fixture.queued(to, "expiry-digest")).as("unticked: no more").isEqualTo(2);
    }
}
