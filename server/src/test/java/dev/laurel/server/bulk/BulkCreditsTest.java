package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A CSV may give each row's continuing-education credits ({@code credits_earned}, or {@code creditsEarned}); an empty
 * value means the badge's, a value that is not a number of credits is a row problem in the dry run.
 */
class BulkCreditsTest extends dev.laurel.server.ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    @Test
    void eachRowEarnsItsCreditsOrTheBadgesAndTheMailsComeInTheIssuersName() {
        BulkFixture fixture = BulkFixture.create(port, jdbc, jobs, "Credits Academy");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "email,name,creditsEarned\n"
                + "three-" + run + "@bulk.test,Three Credits,3\n"
                + "none-" + run + "@bulk.test,Badge Credits,\n"
                + "half-" + run + "@bulk.test,Half Credit,0.5\n";
        BulkJob job = fixture.check(csv);
        assertThat(job.valid()).isEqualTo(3);
        jobs.start(fixture.organizationId(), job.id(), false, fixture.owner());
        assertThat(fixture.awaitFinished(job.id(), Duration.ofMinutes(1)).state())
                .isEqualTo("completed");

        assertThat(credits("three-" + run + "@bulk.test")).isEqualByComparingTo("3");
        assertThat(credits("none-" + run + "@bulk.test"))
                .as("the badge's creditsAvailable")
                .isEqualByComparingTo("1.5");
        assertThat(credits("half-" + run + "@bulk.test")).isEqualByComparingTo("0.5");
        assertThat(jdbc.sql("select distinct sender_name from mail_outbox where recipient like :pattern")
                        .param("pattern", "%-" + run + "@bulk.test")
                        .query(String.class)
                        .list())
                .containsExactly("Credits Academy via Laurel");
    }

    @Test
    void creditsThatAreNotANumberOfCreditsAreARowProblem() {
        BulkFixture fixture = BulkFixture.create(port, jdbc, jobs, "Strict Credits Academy");
        String run = UUID.randomUUID().toString().substring(0, 8);
        BulkJob job = fixture.check("email,name,credits_earned\n"
                + "a-" + run + "@bulk.test,A,-1\n"
                + "b-" + run + "@bulk.test,B,lots\n"
                + "c-" + run + "@bulk.test,C,1.234\n");
        assertThat(job.valid()).isZero();
        List<RowProblem> problems = jobs.problems(job, 0, 10);
        assertThat(problems)
                .extracting(RowProblem::code)
                .containsOnly("credits.invalid")
                .hasSize(3);
        assertThat(problems).extracting(RowProblem::column).containsOnly("credits_earned");
    }

    private BigDecimal credits(String email) {
        return jdbc.sql("select credits_earned from credentials where recipient_email = :email")
                .param("email", email)
                .query(BigDecimal.class)
                .single();
    }
}
