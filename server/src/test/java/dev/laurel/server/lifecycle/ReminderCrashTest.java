package dev.laurel.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ChildNode;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.platform.FollowUps;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each reminder step is mailed exactly once per credential: with two nodes sweeping at the same time, and when the
 * node sweeping is killed with SIGKILL mid-sweep and another finishes — every step recorded has its mail queued, and
 * none is recorded or mailed twice.
 */
class ReminderCrashTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Issuance issuance;

    @Autowired
    Reminders reminders;

    @Autowired
    FollowUps followUps;

    @Autowired
    Clock clock;

    Process node;

    @AfterEach
    void cleanUp() {
        if (node != null) {
            node.destroyForcibly();
        }
        followUps.resume();
        // The sweep back to this context's interval: not run again by a test that does not ask.
        jdbc.sql("update scheduled_tasks set execution_time = now() + interval '1000 days' "
                        + "where task_name = 'lifecycle-reminders' and not picked")
                .update();
    }

    @Test
    void twoNodesSweepingAtOnceMailEachStepOnce() throws Exception {
        Cohort cohort = cohort("Twin Node Guild", 60);
        followUps.pause(); // the child node runs the scheduled sweep; this one sweeps by hand beside it
        node = ChildNode.start(
                "reminders-twin",
                MAIL.getSmtp().getPort(),
                "--laurel.lifecycle.reminder-interval=200ms",
                "--laurel.lifecycle.reminder-batch=3");
        sweepSoon();
        awaitRecorded(cohort, 1, Duration.ofMinutes(3));

        List<CompletableFuture<Void>> sweeps = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sweeps.add(CompletableFuture.runAsync(() -> {
                for (int run = 0; run < 5; run++) {
                    reminders.sendDue();
                }
            }));
        }
        CompletableFuture.allOf(sweeps.toArray(CompletableFuture[]::new)).join();
        awaitRecorded(cohort, cohort.size(), Duration.ofMinutes(1));

        assertExactlyOnce(cohort);
    }

    @Test
    void aNodeKilledMidSweepLeavesEveryStepMailedOnce() throws Exception {
        Cohort cohort = cohort("Crashing Guild", 200);
        followUps.pause();
        node = ChildNode.start(
                "reminders-crash",
                MAIL.getSmtp().getPort(),
                "--laurel.lifecycle.reminder-interval=200ms",
                "--laurel.lifecycle.reminder-batch=5");
        sweepSoon();
        awaitRecorded(cohort, 1, Duration.ofMinutes(3));
        node.destroyForcibly().waitFor();
        long atKill = recorded(cohort);
        assertThat(atKill).as("killed mid-sweep").isBetween(1L, (long) cohort.size() - 1);
        assertThat(queued(cohort))
                .as("each step recorded has its mail, no more")
                .isEqualTo(atKill);

        followUps.resume();
        reminders.sendDue();

        assertExactlyOnce(cohort);
    }

    /** {@code size} credentials of a new badge, mailed 8 days ago and not accepted: their 7-day reminder is due. */
    private Cohort cohort(String organization, int size) {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, organization);
        UUID badge = Scenario.badge(issuer, "Rigging", "di");
        UUID owner = jdbc.sql("select id from accounts where email = :email")
                .param("email", issuer.owner().email())
                .query(UUID.class)
                .single();
        String domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".reminders.test";
        List<Issuance.Recipient> recipients = IntStream.range(0, size)
                .mapToObj(
                        i -> new Issuance.Recipient("earner" + i + domain, "Earner " + i, null, null, null, List.of()))
                .toList();
        issuance.issue(new Issuance.Issue(
                new OrganizationId(issuer.organizationId()),
                new BadgeId(badge),
                new Actor.Account(owner),
                recipients,
                null));
        jdbc.sql("update claims set created_at = created_at - interval '8 days' where credential_id in "
                        + "(select id from credentials where badge_id = :badge)")
                .param("badge", badge)
                .update();
        return new Cohort(badge, domain, size);
    }

    private record Cohort(UUID badge, String domain, int size) {}

    private void sweepSoon() {
        jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = 'lifecycle-reminders'")
                .update();
    }

    private void awaitRecorded(Cohort cohort, long atLeast, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (recorded(cohort) < atLeast && System.nanoTime() < deadline) {
            assertThat(node.isAlive()).as("the child node runs").isTrue();
            Thread.sleep(20);
        }
        assertThat(recorded(cohort)).isGreaterThanOrEqualTo(atLeast);
    }

    private void assertExactlyOnce(Cohort cohort) {
        assertThat(recorded(cohort)).isEqualTo(cohort.size());
        assertThat(jdbc.sql("select count(*) from lifecycle_reminders r join credentials c on c.id = r.credential_id "
                                + "where c.badge_id = :badge and not (r.kind = 'accept' and r.days = 7)")
                        .param("badge", cohort.badge())
                        .query(Long.class)
                        .single())
                .as("no other step")
                .isZero();
        assertThat(jdbc.sql("select count(distinct lower(recipient)) from mail_outbox "
                                + "where kind = 'reminder-accept' and recipient like :domain")
                        .param("domain", "%" + cohort.domain())
                        .query(Long.class)
                        .single())
                .isEqualTo(cohort.size());
        assertThat(queued(cohort)).as("one reminder each").isEqualTo(cohort.size());
    }

    private long recorded(Cohort cohort) {
        return jdbc.sql("select count(*) from lifecycle_reminders r join credentials c on c.id = r.credential_id "
                        + "where c.badge_id = :badge")
                .param("badge", cohort.badge())
                .query(Long.class)
                .single();
    }

    private long queued(Cohort cohort) {
        return jdbc.sql("select count(*) from mail_outbox where kind = 'reminder-accept' and recipient like :domain")
                .param("domain", "%" + cohort.domain())
                .query(Long.class)
                .single();
    }
}
