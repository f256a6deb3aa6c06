package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Mails;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.ClaimState;
import dev.laurel.server.issuing.CredentialId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.issuing.LifecyclePolicies;
import dev.laurel.server.issuing.LifecyclePolicy;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminder mails by each badge's policy: to accept, at each step after issue until accepted; before expiry, saying
 * what renewal needs; each step once, only the most urgent when several came due at once, none before issue, none for
 * revoked, declined or renewed credentials.
 */
class RemindersTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Clock clock;

    @Autowired
    Reminders reminders;

    @Autowired
    IssuedCredentials credentials;

    @Autowired
    LifecyclePolicies policies;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void remindsAnEarnerWhoHasNotAcceptedOncePerStepWithAFreshClaimLink() {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Reminding Academy");
        UUID achievement = api.createAchievement("Patient Safety", "di");
        String pending = uniqueEmail("pending");
        String accepted = uniqueEmail("accepted");
        UUID waiting = api.issue(achievement, "Paula Pending", pending);
        UUID taken = api.issue(achievement, "Arno Accepted", accepted);
        credentials.recordClaim(new CredentialId(taken), ClaimState.ACCEPTED, clock.instant());

        fixture.advance(Duration.ofDays(6));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(pending, "reminder-accept"))
                .as("not yet: 7 days")
                .isZero();

        fixture.advance(Duration.ofDays(2));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        reminders.sendDue(new OrganizationId(api.organizationId()));

        assertThat(fixture.queued(pending, "reminder-accept")).isOne();
        assertThat(fixture.queued(accepted, "reminder-accept")).isZero();
        assertThat(fixture.steps(waiting)).containsExactly("accept-7");
        fixture.awaitSent(pending, "reminder-accept");
        MimeMessage mail =
                mailsTo(pending, m -> Mails.subject(m).startsWith("Reminder")).getFirst();
        assertThat(Mails.subject(mail)).contains("Patient Safety").contains("Reminding Academy");
        assertThat(Mails.text(mail))
                .contains("Paula Pending")
                .contains("7 days ago")
                .contains("/claim/");
        assertThat(claimLinks(waiting))
                .as("a fresh claim link beside the issued one")
                .isEqualTo(2);

        fixture.advance(Duration.ofDays(23));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(pending, "reminder-accept")).isEqualTo(2);
        assertThat(fixture.steps(waiting)).containsExactly("accept-7", "accept-30");

        fixture.advance(Duration.ofDays(30));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(pending, "reminder-accept"))
                .as("no step after 30")
                .isEqualTo(2);
        assertThat(fixture.steps(taken)).isEmpty();
    }

    @Test
    void aClockThatJumpsPastSeveralStepsMailsOnlyTheMostUrgent() {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Jumping Academy");
        UUID achievement = api.createAchievement("Hygiene", "di");
        String to = uniqueEmail("jumper");
        UUID credential = api.issue(achievement, "Jo Jumper", to);

        fixture.advance(Duration.ofDays(31));
        reminders.sendDue(new OrganizationId(api.organizationId()));

        assertThat(fixture.queued(to, "reminder-accept")).isOne();
        assertThat(fixture.steps(credential)).containsExactly("accept-7 skipped", "accept-30");
    }

    @Test
    void acceptStepsCountFromTheIssuedMailNotFromAnEarlierIssueDate() {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Backdating Academy");
        UUID achievement = api.createAchievement("Archived Course", "di");
        String to = uniqueEmail("archived");
        ObjectNode body = ApiCalls.issue("Abe Archived", to);
        body.put(
                "issuedOn",
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusMonths(6).toString());
        ApiCalls.Answer issued = api.post("/api/v1/achievements/" + achievement + "/issue", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        UUID credential = UUID.fromString(issued.json().get("id").asText());

        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(to, "reminder-accept")).as("mailed just now").isZero();

        fixture.advance(Duration.ofDays(8));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.steps(credential)).containsExactly("accept-7");
    }

    @Test
    void remindsBeforeExpirySayingWhatRenewalNeedsAndNotForRevokedOrRenewedCredentials() {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Expiring Institute");
        UUID achievement = api.createAchievement("Radiation Safety", "di");
        policies.save(
                new OrganizationId(api.organizationId()),
                new BadgeId(achievement),
                new LifecyclePolicies.Overrides(
                        List.of(),
                        null,
                        null,
                        LifecyclePolicy.RenewalRule.CREDITS,
                        null,
                        new BigDecimal("12"),
                        null,
                        null,
                        null,
                        null));
        String to = uniqueEmail("expiring");
        UUID credential = api.issue(achievement, "Eve Expiring", to);
        String revokedTo = uniqueEmail("revoked");
        UUID revoked = api.issue(achievement, "Rex Revoked", revokedTo);
        api.post("/api/v1/credentials/" + revoked + "/revoke", "{\"reason\": \"cheated\"}");
        String declinedTo = uniqueEmail("declined");
        UUID declined = api.issue(achievement, "Dora Declined", declinedTo);
        credentials.recordClaim(new CredentialId(declined), ClaimState.DECLINED, clock.instant());
        String renewedTo = uniqueEmail("renewed");
        UUID renewed = api.issue(achievement, "Rita Renewed", renewedTo);
        UUID renewal = UUID.fromString(api.post("/api/v1/credentials/" + renewed + "/renew", (String) null)
                .json()
                .get("id")
                .asText());

        fixture.advanceTo(credential, Duration.ofDays(85), clock.instant());
        reminders.sendDue(new OrganizationId(api.organizationId()));
        reminders.sendDue(new OrganizationId(api.organizationId()));

        assertThat(fixture.queued(to, "reminder-expiry")).isOne();
        assertThat(fixture.steps(credential)).containsExactly("expiry-90");
        assertThat(fixture.queued(to, "reminder-accept"))
                .as("the policy asks for none")
                .isZero();
        fixture.awaitSent(to, "reminder-expiry");
        MimeMessage mail =
                mailsTo(to, m -> Mails.subject(m).contains("expires")).getFirst();
        assertThat(Mails.subject(mail)).contains("Radiation Safety");
        assertThat(Mails.text(mail))
                .contains("Eve Expiring")
                .contains("12 continuing-education credits")
                .contains("http://localhost:" + PORT + "/c/" + credential + "/renew");
        assertThat(fixture.steps(revoked)).isEmpty();
        assertThat(fixture.steps(declined)).as("declined by its earner").isEmpty();
        assertThat(fixture.steps(renewed)).isEmpty();
        assertThat(fixture.queued(revokedTo, "reminder-expiry")).isZero();
        assertThat(fixture.steps(renewal)).as("the renewal expires then too").containsExactly("expiry-90");
        assertThat(fixture.queued(renewedTo, "reminder-expiry"))
                .as("for the renewal only")
                .isOne();

        fixture.advanceTo(credential, Duration.ofDays(5), clock.instant());
        reminders.sendDue(new OrganizationId(api.organizationId()));

        assertThat(fixture.queued(to, "reminder-expiry")).isEqualTo(2);
        assertThat(fixture.steps(credential)).containsExactly("expiry-7", "expiry-30 skipped", "expiry-90");

        fixture.advance(Duration.ofDays(6));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(to, "reminder-expiry")).as("expired: no more").isEqualTo(2);
    }

    @Test
    void aCredentialValidForLessThanAStepGetsNoReminderForIt() {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Short Courses");
        ObjectNode body = ApiCalls.achievement("Fire Warden");
        body.put("validityMonths", 2);
        UUID achievement = UUID.fromString(
                api.post("/api/v1/achievements", body).json().get("id").asText());
        String to = uniqueEmail("short");
        UUID credential = api.issue(achievement, "Sid Short", to);
        credentials.recordClaim(new CredentialId(credential), ClaimState.ACCEPTED, clock.instant());

        fixture.advanceTo(credential, Duration.ofDays(31), clock.instant());
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(to, "reminder-expiry"))
                .as("its 90-day step was before issue")
                .isZero();

        fixture.advanceTo(credential, Duration.ofDays(29), clock.instant());
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(to, "reminder-expiry")).isOne();
        assertThat(fixture.steps(credential)).containsExactly("expiry-30");
    }

    private long claimLinks(UUID credential) {
        return jdbc.sql("select count(*) from claims where credential_id = :id")
                .param("id", credential)
                .query(Long.class)
                .single();
    }
}
