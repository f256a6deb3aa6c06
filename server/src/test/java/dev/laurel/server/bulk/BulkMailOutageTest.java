package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ServerTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server refuses connections while a bulk job's mails are queued (the sender points at a closed port), then
 * comes back: every recipient gets exactly one mail, after the outbox has recorded failed attempts.
 */
class BulkMailOutageTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    JavaMailSenderImpl smtp;

    private final int smtpPort = MAIL.getSmtp().getPort();

    @AfterEach
    void smtpBack() {
        smtp.setPort(smtpPort);
    }

    @Test
    void mailsQueuedWhileSmtpIsDownAreDeliveredOnceWhenItComesBack() throws Exception {
        BulkFixture fixture = BulkFixture.create(port, jdbc, jobs, "Bulk Outage College");
        List<String> recipients =
                IntStream.range(0, 12).mapToObj(i -> uniqueEmail("outage" + i)).toList();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        smtp.setPort(closed);

        StringBuilder csv = new StringBuilder("email,name\n");
        recipients.forEach(to -> csv.append(to).append(",Learner\n"));
        BulkJob job = fixture.check(csv.toString());
        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());
        assertThat(fixture.awaitFinished(job.id(), Duration.ofSeconds(30)).issued())
                .isEqualTo(12);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (failedAttempts(recipients) < recipients.size() && System.nanoTime() < deadline) {
            BulkFixture.sleep(100);
        }
        assertThat(failedAttempts(recipients))
                .as("every mail was tried while SMTP was down")
                .isEqualTo(12);
        assertThat(received(recipients)).isEmpty();

        smtp.setPort(smtpPort);
        deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received(recipients).size() < recipients.size() && System.nanoTime() < deadline) {
            BulkFixture.sleep(200);
        }
        BulkFixture.sleep(3000); // time for a second delivery, were there one
        Map<String, Long> perRecipient = received(recipients);
        assertThat(perRecipient)
                .hasSize(12)
                .allSatisfy((to, count) -> assertThat(count).as(to).isOne());
        assertThat(jdbc.sql("""
                        select count(*) from mail_outbox where lower(recipient) in (:to) and sent_at is not null
                        """).param("to", recipients).query(Long.class).single())
                .isEqualTo(12);
    }

    private long failedAttempts(List<String> recipients) {
        return jdbc.sql("""
                        select count(*) from mail_outbox where lower(recipient) in (:to) and attempts > 0
                            and sent_at is null
                        """).param("to", recipients).query(Long.class).single();
    }

    private static Map<String, Long> received(List<String> recipients) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .map(BulkMailOutageTest::recipient)
                .filter(recipients::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().toLowerCase();
        } catch (MessagingException e) {
            return "";
        }
    }
}
