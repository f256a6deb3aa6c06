package dev.laurel.server.bulk;

import dev.laurel.server.Scenario;
import dev.laurel.server.organizations.Actor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An organization with a badge, its owner's account, and ways to upload to and wait for bulk jobs. */
record BulkFixture(Scenario.Issuer issuer, UUID badgeId, UUID accountId, BulkJobs jobs, JdbcClient jdbc) {

    static BulkFixture create(int port, JdbcClient jdbc, BulkJobs jobs, String organization) {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, organization);
        UUID badge = Scenario.badge(issuer, "Cohort " + organization, "di");
        UUID account = jdbc.sql("select id from accounts where email = :email")
                .param("email", issuer.owner().email())
                .query(UUID.class)
                .single();
        return new BulkFixture(issuer, badge, account, jobs, jdbc);
    }

    UUID organizationId() {
        return issuer.organizationId();
    }

    Actor owner() {
        return new Actor.Account(accountId);
    }

    BulkJob check(String csv) {
        return check(csv.getBytes(StandardCharsets.UTF_8), null);
    }

    BulkJob check(byte[] csv, String template) {
        return jobs.check(
                        organizationId(),
                        badgeId,
                        new ByteArrayInputStream(csv),
                        BulkJobs.Format.CSV,
                        "test.csv",
                        template,
                        owner(),
                        null)
                .job();
    }

    /** Waits up to {@code timeout} for the job to finish; returns it as it is then. */
    BulkJob awaitFinished(UUID jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        BulkJob job = jobs.find(organizationId(), jobId, owner());
        while (!job.finished() && System.nanoTime() < deadline) {
            sleep(200);
            job = jobs.find(organizationId(), jobId, owner());
        }
        return job;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code n} rows {@code email,name,external_id} of addresses unique to this run. */
    static String rows(int n, String prefix) {
        StringBuilder csv = new StringBuilder("email,name,external_id\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < n; i++) {
            csv.append(prefix)
                    .append(i)
                    .append('-')
                    .append(run)
                    .append("@bulk.test,Earner ")
                    .append(i)
                    .append(',')
                    .append(prefix)
                    .append('-')
                    .append(run)
                    .append('-')
                    .append(i)
                    .append('\n');
        }
        return csv.toString();
    }
}
