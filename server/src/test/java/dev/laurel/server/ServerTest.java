package dev.laurel.server;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of every server test: the whole application on a random port, against real PostgreSQL ({@link
 * TestDatabase}) and a real SMTP server in-process (GreenMail), both started once for the run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class ServerTest {

    protected static final GreenMail MAIL = startMail();

    /** The master key of the server under test (32 bytes, base64). */
    protected static final String MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    /**
     * The port of the server under test: fixed for the run, so that the base URL in mails and credentials is known
     * when the context starts. Every server test shares one application context, and so this port.
     */
    protected static final int PORT = freePort();

    @LocalServerPort
    protected int port;

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("laurel.base-url", () -> "http://localhost:" + PORT);
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("laurel.master-key", () -> MASTER_KEY);
        // Follow-up work is looked for often, and a node whose heartbeat stops is found dead within seconds.
        registry.add("laurel.follow-ups.poll-interval", () -> "200ms");
        registry.add("laurel.follow-ups.heartbeat-interval", () -> "2s");
        // Re-checks of imports run when a test calls them, never under a test that counts them.
        registry.add("laurel.backpack.recheck-poll", () -> "1000d");
        // Reminder mails go when a test sweeps (lifecycle.Reminders.sendDue), never because another test moved the
        // clock.
        registry.add("laurel.lifecycle.reminder-interval", () -> "1000d");
        registry.add("laurel.mail.retry-base", () -> "1s");
        registry.add("laurel.mail.retry-max", () -> "4s");
        registry.add("laurel.dev-outbox", () -> "true");
        // As on a development start: tests move time forward through POST /dev/clock and put it back after
        // (platform.ClockMoves).
        registry.add("laurel.clock.adjustable", () -> "true");
        // Every test's browser comes from 127.0.0.1: limits per network address would add up across the whole suite.
        registry.add("laurel.login.per-client", () -> "100000");
        registry.add("laurel.login-links.per-client", () -> "100000");
        registry.add("laurel.signup.per-client", () -> "100000");
        registry.add("laurel.webhooks.trusted-hosts", () -> "127.0.0.1");
        // Open Badges 2.0 issuers' sites the tests serve (127.0.0.1 itself stays refused, as in production)
        registry.add("laurel.fetch.trusted-hosts", () -> "127.0.0.2");
        // Bulk uploads over the limit are tested without sending 64 MB (BulkPagesTest sends 6 MB).
        registry.add("laurel.bulk.max-upload-size", () -> "7MB");
        // Every test verifies from 127.0.0.1, far fewer than 120 times (VerificationRateTest exceeds it from
        // elsewhere).
        registry.add("laurel.verify.rate.per-minute", () -> "120");
    }

    /**
     * The sweeps every further node a test starts must share with this one ({@code --name=value}): a node with the
     * production intervals would move the shared recurring sweeps nearer, and a test that moves the clock would then
     * remind every earner of the whole suite.
     */
    public static final List<String> NODE_SETTINGS =
            List.of("--laurel.lifecycle.reminder-interval=1000d", "--laurel.backpack.recheck-poll=1000d");

    /** An address no other test uses. */
    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    /** The mails GreenMail received for {@code to} that match, waiting up to 10 s for at least one. */
    protected static List<MimeMessage> mailsTo(String to, Predicate<MimeMessage> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<MimeMessage> found = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(message -> recipients(message).contains(to.toLowerCase()))
                    .filter(matching)
                    .toList();
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
