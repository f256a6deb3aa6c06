package dev.laurel.server.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ChildNode;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.platform.FollowUps;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail is follow-up work scheduled in the transaction that queued it: rolled back, there is neither mail nor work;
 * committed, it is sent exactly once, even when the node sending it is killed with SIGKILL mid-send — and the
 * outbox keeps its claim link's token until then, not after.
 */
class MailFollowUpTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    FollowUps followUps;

    @Autowired
    TransactionTemplate transactions;

    Process node;

    @AfterEach
    void cleanUp() {
        if (node != null) {
            node.destroyForcibly();
        }
        followUps.resume();
    }

    @Test
    void aRolledBackTransactionQueuesNoMailAndSchedulesNoWork() {
        String to = uniqueEmail("rollback");
        UUID id = transactions.execute(status -> {
            UUID queued = outbox.enqueue(new Mail(to, "Never sent", "This transaction rolls back.", null, "test"));
            assertThat(followUp(queued))
                    .as("scheduled in the caller's transaction")
                    .isOne();
            status.setRollbackOnly();
            return queued;
        });

        assertThat(followUp(id)).isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mailsTo(to, message -> true)).isEmpty();
    }

    @Test
    void aMailWhoseNodeIsKilledWhileSendingItArrivesOnceFromAnotherNode() throws Exception {
        try (ServerSocket silentSmtp = new ServerSocket(0)) {
            List<Socket> held = new ArrayList<>();
            Thread.ofVirtual().start(() -> accept(silentSmtp, held));
            followUps.pause(); // the child node, whose SMTP server never answers, takes the mail
            node = ChildNode.start("mail-crash", silentSmtp.getLocalPort());

            Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Crashing Mail College");
            UUID badge = Scenario.badge(issuer, "Resilience", "di");
            String to = uniqueEmail("survivor");
            UUID credential = Scenario.issue(issuer, badge, "Sam Survivor", to);
            UUID mail = jdbc.sql("select id from mail_outbox where lower(recipient) = :to")
                    .param("to", to)
                    .query(UUID.class)
                    .single();

            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!(picked(mail) && connected(held)) && System.nanoTime() < deadline) {
                assertThat(node.isAlive()).as("the child node runs").isTrue();
                Thread.sleep(50);
            }
            assertThat(picked(mail)).as("the child node is sending the mail").isTrue();
            node.destroyForcibly().waitFor();
            assertThat(sent(mail)).isFalse();
            assertThat(received(to)).isEmpty();

            followUps.resume();
            deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (received(to).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(3000); // time for a second delivery, were there one

            assertThat(received(to)).singleElement().satisfies(message -> assertThat(Mails.text(message))
                    .contains("/claim/"));
            assertThat(sent(mail)).isTrue();
            String claim = Mails.link(received(to).getFirst());
            assertThat(jdbc.sql("select m::text from mail_outbox m where id = :id")
                            .param("id", mail)
                            .query(String.class)
                            .single())
                    .as("the resent mail, marked sent, keeps no claim token")
                    .doesNotContain(claim.substring(claim.lastIndexOf('/') + 1))
                    .contains("/claim/[removed after sending]");
            assertThat(followUp(mail)).as("no work left").isZero();
            assertThat(credential).isNotNull();
        }
    }

    private static void accept(ServerSocket server, List<Socket> held) {
        try {
            while (!server.isClosed()) {
                Socket socket = server.accept();
                synchronized (held) {
                    held.add(socket);
                }
            }
        } catch (IOException e) {
            if (!server.isClosed()) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean connected(List<Socket> held) {
        synchronized (held) {
            return !held.isEmpty();
        }
    }

    private long followUp(UUID mail) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'mail' and task_instance = :id")
                .param("id", mail.toString())
                .query(Long.class)
                .single();
    }

    private boolean picked(UUID mail) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'mail' and task_instance = :id "
                                + "and picked")
                        .param("id", mail.toString())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean sent(UUID mail) {
        return jdbc.sql("select sent_at is not null from mail_outbox where id = :id")
                .param("id", mail)
                .query(Boolean.class)
                .single();
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.toString(message.getAllRecipients())
                                .toLowerCase()
                                .contains(to);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
