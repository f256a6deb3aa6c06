package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.LaurelServer;
import dev.laurel.server.ServerTest;
import dev.laurel.server.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one database share a 10,000-row job: every row issued once, by one of them, both working. */
class BulkNodesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    ConfigurableApplicationContext second;

    @AfterEach
    void stopSecondNode() {
        if (second != null) {
            second.close();
        }
        jdbc.sql("update mail_outbox set sent_at = now(), delivered_via = 'test-cleanup' "
                        + "where sent_at is null and recipient like '%@bulk.test'")
                .update();
    }

    @Test
    void twoNodesShareAJobWithoutIssuingAnyRowTwice() {
        second = new SpringApplicationBuilder(LaurelServer.class)
                .properties(
                        "server.port=0",
                        "laurel.base-url=http://localhost:" + PORT,
                        "spring.datasource.url=" + TestDatabase.url(),
                        "spring.datasource.username=" + TestDatabase.user(),
                        "spring.datasource.password=" + TestDatabase.password(),
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + MAIL.getSmtp().getPort(),
                        "laurel.master-key=" + MASTER_KEY,
                        "laurel.bulk.batch-size=100")
                .run(NODE_SETTINGS.toArray(String[]::new));
        BulkFixture fixture = BulkFixture.create(port, jdbc, jobs, "Two Node Institute");
        BulkJob job = fixture.check(BulkFixture.rows(10_000, "node"));
        assertThat(job.valid()).isEqualTo(10_000);

        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());
        BulkJob done = fixture.awaitFinished(job.id(), Duration.ofMinutes(8));

        assertThat(done.state()).isEqualTo("completed");
        assertThat(done.issued()).isEqualTo(10_000);
        assertThat(count("select count(*) from credentials where badge_id = :badge", fixture))
                .isEqualTo(10_000);
        assertThat(count(
                        "select count(distinct lower(recipient_email)) from credentials where badge_id = :badge",
                        fixture))
                .isEqualTo(10_000);
        assertThat(count(
                        "select count(*) from bulk_issued where badge_id = :badge and credential_id is not null",
                        fixture))
                .isEqualTo(10_000);
        assertThat(count("select count(distinct worker) from bulk_rows where job_id = '" + job.id() + "'", fixture))
                .as("both nodes took batches")
                .isGreaterThanOrEqualTo(2);
        assertThat(count(
                        "select count(*) from mail_outbox where recipient in "
                                + "(select recipient_email from credentials where badge_id = :badge)",
                        fixture))
                .isEqualTo(10_000);
    }

    private long count(String sql, BulkFixture fixture) {
        return jdbc.sql(sql).param("badge", fixture.badgeId()).query(Long.class).single();
    }
}
