package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.ChildNode;
import dev.laurel.server.ServerTest;
import dev.laurel.server.platform.FollowUps;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node killed with SIGKILL in the middle of a job, then started again: the job finishes with every row issued
 * exactly once — one credential, one claim link, one mail each — and nothing of the killed batch left behind.
 */
class BulkCrashTest extends ServerTest {

    private static final int ROWS = 1500;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    FollowUps followUps;

    Process node;

    @AfterEach
    void cleanUp() {
        if (node != null) {
            node.destroyForcibly();
        }
        followUps.resume();
        jdbc.sql("update mail_outbox set sent_at = now(), delivered_via = 'test-cleanup' "
                        + "where sent_at is null and recipient like '%@bulk.test'")
                .update();
    }

    @Test
    void aNodeKilledMidJobAndStartedAgainIssuesEveryRowExactlyOnce() throws Exception {
        BulkFixture fixture = BulkFixture.create(port, jdbc, jobs, "Crash Test Academy");
        BulkJob job = fixture.check(BulkFixture.rows(ROWS, "crash"));
        followUps.pause(); // this node takes no work: the child nodes do the whole job
        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());

        node = startNode("first");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (issued(job.id()) < 200 && System.nanoTime() < deadline) {
            assertThat(node.isAlive()).as("the node runs").isTrue();
            BulkFixture.sleep(20);
        }
        node.destroyForcibly().waitFor();
        int atKill = issued(job.id());
        assertThat(atKill).as("killed mid-job").isBetween(200, ROWS - 1);
        assertConsistent(fixture, job.id());

        node = startNode("second");
        BulkJob done = fixture.awaitFinished(job.id(), Duration.ofMinutes(4));

        assertThat(done.state()).isEqualTo("completed");
        assertThat(done.issued()).isEqualTo(ROWS);
        assertConsistent(fixture, job.id());
        assertThat(count(
                        "select count(distinct lower(recipient_email)) from credentials where badge_id = :badge",
                        fixture))
                .isEqualTo(ROWS);
        assertThat(count("select count(*) from credentials where badge_id = :badge", fixture))
                .isEqualTo(ROWS);
        assertThat(count(
                        "select count(*) from mail_outbox where recipient in "
                                + "(select recipient_email from credentials where badge_id = :badge)",
                        fixture))
                .isEqualTo(ROWS);
    }

    /** What the job's rows say is what the tables hold: no credential, claim or mail of a rolled-back batch. */
    private void assertConsistent(BulkFixture fixture, UUID jobId) {
        long issuedRows =
                count("select count(*) from bulk_rows where job_id = '" + jobId + "' and state = 'issued'", fixture);
        assertThat(count("select issued from bulk_jobs where id = '" + jobId + "'", fixture))
                .isEqualTo(issuedRows);
        assertThat(count("select count(*) from credentials where badge_id = :badge", fixture))
                .isEqualTo(issuedRows);
        assertThat(count("select count(*) from bulk_issued where badge_id = :badge", fixture))
                .isEqualTo(issuedRows);
        assertThat(count(
                        "select count(*) from claims c join credentials r on r.id = c.credential_id "
                                + "where r.badge_id = :badge",
                        fixture))
                .isEqualTo(issuedRows);
    }

    private Process startNode(String name) {
        return ChildNode.start(
                "bulk-" + name,
                MAIL.getSmtp().getPort(),
                "--laurel.bulk.batch-size=50",
                "--laurel.bulk.poll-interval=200ms");
    }

    private int issued(UUID jobId) {
        return jdbc.sql("select issued from bulk_jobs where id = :job")
                .param("job", jobId)
                .query(Integer.class)
                .single();
    }

    private long count(String sql, BulkFixture fixture) {
        return jdbc.sql(sql).param("badge", fixture.badgeId()).query(Long.class).single();
    }
}
