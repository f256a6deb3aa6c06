package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.accounts.AccountErasure;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job issues every valid row once; uploading the same file again issues nothing; cancelling leaves no half-done row. */
class BulkJobTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    @Autowired
    BulkWorker worker;

    @Autowired
    AccountErasure erasure;

    BulkFixture fixture;

    @BeforeEach
    void organization() {
        fixture = BulkFixture.create(port, jdbc, jobs, "Cohort University");
    }

    @AfterEach
    void resume() {
        worker.resume();
    }

    @Test
    void issuesEachRowOnceEvenWhenTheSameFileIsUploadedAgain() {
        String csv = BulkFixture.rows(60, "again");
        BulkJob first = fixture.check(csv);
        jobs.start(fixture.organizationId(), first.id(), false, fixture.owner());
        BulkJob done = fixture.awaitFinished(first.id(), Duration.ofMinutes(2));

        assertThat(done.state()).isEqualTo("completed");
        assertThat(done.issued()).isEqualTo(60);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(count("select count(*) from credentials where badge_id = :badge"))
                .isEqualTo(60);
        assertThat(count("select count(*) from claims c join credentials r on r.id = c.credential_id "
                        + "where r.badge_id = :badge"))
                .isEqualTo(60);
        assertThat(count("select count(*) from mail_outbox m where m.kind = 'credential-issued' and m.recipient in "
                        + "(select recipient_email from credentials where badge_id = :badge)"))
                .isEqualTo(60);
        assertThat(count("select count(*) from audit_log where action = 'credential.issued' "
                        + "and details->>'badge' = cast(:badge as text)"))
                .isEqualTo(60);

        BulkJob again = fixture.check(csv);
        assertThat(again.valid()).isZero();
        assertThat(jobs.problems(again, 0, 100))
                .extracting(RowProblem::code)
                .containsOnly("row.already-issued")
                .hasSize(60);
        assertThat(count("select count(*) from credentials where badge_id = :badge"))
                .isEqualTo(60);
    }

    @Test
    void twoJobsWithTheSameRowsIssueThemOnce() {
        String csv = BulkFixture.rows(40, "race");
        worker.pause();
        BulkJob one = fixture.check(csv);
        BulkJob two = fixture.check(csv);
        jobs.start(fixture.organizationId(), one.id(), false, fixture.owner());
        jobs.start(fixture.organizationId(), two.id(), false, fixture.owner());
        worker.resume();

        BulkJob first = fixture.awaitFinished(one.id(), Duration.ofMinutes(2));
        BulkJob second = fixture.awaitFinished(two.id(), Duration.ofMinutes(2));
        assertThat(first.issued() + second.issued()).isEqualTo(40);
        assertThat(first.skipped() + second.skipped()).isEqualTo(40);
        assertThat(count("select count(*) from credentials where badge_id = :badge"))
                .isEqualTo(40);
    }

    @Test
    void cancellingMidJobLeavesEveryRowIssuedOrCancelled() {
        BulkJob job = fixture.check(BulkFixture.rows(1000, "cancel"));
        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());
        while (jobs.find(fixture.organizationId(), job.id(), fixture.owner()).issued() == 0) {
            BulkFixture.sleep(20);
        }
        worker.pause(); // the batches in flight go on; no new one starts here until the cancellation is in
        BulkJob cancelled = jobs.cancel(fixture.organizationId(), job.id(), fixture.owner());
        worker.resume();
        BulkFixture.sleep(1500);

        BulkJob after = jobs.find(fixture.organizationId(), job.id(), fixture.owner());
        assertThat(after.state()).isEqualTo("cancelled");
        assertThat(after.issued()).isEqualTo(cancelled.issued()).isPositive();
        assertThat(after.cancelled()).isPositive();
        assertThat(after.issued() + after.cancelled()).isEqualTo(1000);
        assertThat(count("select count(*) from bulk_rows where job_id = '" + job.id() + "' and state = 'cancelled'"))
                .isEqualTo(after.cancelled());
        assertThat(count("select count(*) from credentials where badge_id = :badge"))
                .isEqualTo(after.issued());
        assertThat(count("select count(*) from bulk_issued where badge_id = :badge and credential_id is not null"))
                .isEqualTo(after.issued());
    }

    @Test
    void anEarnerWhoDeletedTheirAccountIsErasedFromTheJobThatIssuedToThem() {
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        String gone = Scenario.signUp(port, jdbc, "Gone Earner").email();
        String kept = "kept-" + run + "@bulk.test";
        BulkJob job = fixture.check("email,name,narrative\n" + gone + ",Gone Earner,Finished the course\n" + kept
                + ",Kept Earner,Finished the course\n");
        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());
        assertThat(fixture.awaitFinished(job.id(), Duration.ofMinutes(2)).issued())
                .isEqualTo(2);

        UUID account = jdbc.sql("select id from accounts where email = :email")
                .param("email", gone)
                .query(UUID.class)
                .single();
        erasure.erase(account, new AccountErasure.Further(List.of(), List.of()));

        String anyMention = "select count(*) from bulk_rows r where r.job_id = :job and (r.email = :email "
                + "or r.name like :name or exists (select 1 from bulk_issued i where i.job_id = r.job_id "
                + "and i.row_no = r.row_no and i.row_key like '%' || :email))";
        assertThat(jdbc.sql(anyMention)
                        .param("job", job.id())
                        .param("email", gone)
                        .param("name", "Gone%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(anyMention)
                        .param("job", job.id())
                        .param("email", kept)
                        .param("name", "Kept%")
                        .query(Long.class)
                        .single())
                .as("the other recipient is untouched")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from bulk_rows where job_id = :job and state = 'issued'")
                        .param("job", job.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("badge", fixture.badgeId()).query(Long.class).single();
    }
}
