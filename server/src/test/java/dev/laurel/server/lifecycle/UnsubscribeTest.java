package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ApiCalls;
import dev.laurel.server.Mails;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.ClockMoves;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One-click unsubscription (RFC 8058): reminder mails carry {@code List-Unsubscribe} and {@code List-Unsubscribe-Post};
 * a POST to that link, with no login and no CSRF token, stops reminders to the address, while the mails of issuing and
 * renewal still go; opening the link only shows a page to confirm.
 */
class UnsubscribeTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    @Autowired
    Clock clock;

    @Autowired
    Reminders reminders;

    @AfterEach
    void restoreClock() {
        ClockMoves.restore(clock, jdbc);
    }

    @Test
    void oneClickStopsRemindersButNotTransactionalMail() throws Exception {
        ReminderFixture fixture = new ReminderFixture(port, jdbc);
        ApiCalls api = ApiCalls.organization(port, jdbc, keys, "Unsubscribing Society");
        UUID achievement = api.createAchievement("Ethics", "di");
        String to = uniqueEmail("quiet");
        UUID credential = api.issue(achievement, "Quinn Quiet", to);
        fixture.advance(Duration.ofDays(8));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        fixture.awaitSent(to, "reminder-accept");

        MimeMessage reminder =
                mailsTo(to, m -> Mails.subject(m).startsWith("Reminder")).getFirst();
        String header = reminder.getHeader("List-Unsubscribe", null);
        assertThat(header).matches("<http://localhost:" + PORT + "/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(reminder.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String link = header.substring(1, header.length() - 1);
        assertThat(Mails.text(reminder)).contains(link);

        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(link)).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Stop reminder mails").contains("method=\"post\"");
        HttpResponse<String> clicked = send(HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertThat(clicked.statusCode()).isEqualTo(200);
        assertThat(clicked.body()).contains("no more reminder mails");
        assertThat(send(HttpRequest.newBuilder(URI.create(link))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")))
                        .statusCode())
                .as("again: still done")
                .isEqualTo(200);

        fixture.advance(Duration.ofDays(23));
        reminders.sendDue(new OrganizationId(api.organizationId()));
        assertThat(fixture.queued(to, "reminder-accept"))
                .as("no second reminder")
                .isOne();
        assertThat(fixture.steps(credential)).containsExactly("accept-7", "accept-30 skipped");

        assertThat(api.post("/api/v1/credentials/" + credential + "/renew", (String) null)
                        .status())
                .isEqualTo(201);
        assertThat(fixture.queued(to, "credential-issued"))
                .as("the renewed credential's mail goes")
                .isEqualTo(2);
    }

    @Test
    void aLinkThatIsNoTokenIsNotFound() throws Exception {
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/unsubscribe/nope"))
                                .GET())
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from lifecycle_unsubscribes where token_hash like '%@%'")
                        .query(Long.class)
                        .single())
                .as("no address stored")
                .isZero();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
