package dev.laurel.server.bulk;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Issuance;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One batch of a job, in one transaction: claim up to N pending rows of a range ({@code FOR UPDATE SKIP LOCKED}, so
 * nothing ever waits on a batch in flight), write their keys to the exactly-once ledger ({@code bulk_issued}) — a key
 * already there is skipped —, issue the rest together, record each row's credential and the job's counts, commit. A
 * node that dies mid-batch holds nothing afterwards: its transaction rolls back and the rows are pending again.
 */
@Component
class Batches {

    /** A job that may have pending rows. */
    record Runnable(UUID id, UUID organizationId, UUID badgeId, Actor actor) {}

    /** A pending row, claimed. */
    record Claimed(
            int row,
            String key,
            String email,
            String name,
            LocalDate issuedOn,
            LocalDate expiresOn,
            String narrative,
            List<String> evidence,
            java.math.BigDecimal creditsEarned) {}

    /** Rows {@code first} to {@code last} of a job, both included: the rows one follow-up issues. */
    record Range(int first, int last) {}

    /** What a batch did: rows issued, skipped, and whether there was nothing to do. */
    record Outcome(int issued, int skipped, boolean empty) {}

    private final JdbcClient jdbc;
    private final Issuance issuance;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Batches(JdbcClient jdbc, Issuance issuance, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.issuance = issuance;
        this.events = events;
        this.clock = clock;
    }

    /** The job, while it is queued or running. */
    Optional<Runnable> runnable(UUID jobId) {
        return jdbc.sql("""
                        select id, organization_id, badge_id, created_by, api_key_id from bulk_jobs
                        where id = :job and state in ('queued', 'running')
                        """)
                .param("job", jobId)
                .query((rs, row) -> new Runnable(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        Actor.recorded(
                                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(2, UUID.class))))
                .optional();
    }

    /** The job's pending rows cut into ranges of {@code size} rows, in order. */
    List<Range> ranges(UUID jobId, int size) {
        return jdbc.sql("""
                        select min(row_no), max(row_no) from (
                            select row_no, (row_number() over (order by row_no) - 1) / :size as batch
                            from bulk_rows where job_id = :job and state = 'pending') numbered
                        group by batch order by batch
                        """)
                .param("job", jobId)
                .param("size", size)
                .query((rs, row) -> new Range(rs.getInt(1), rs.getInt(2)))
                .list();
    }

    /**
     * Issues up to {@code size} pending rows of {@code job} in {@code range}; {@code worker} names who did, for the
     * record.
     */
    @Transactional
    Outcome run(Runnable job, Range range, int size, String worker) {
        List<Claimed> claimed = claim(job.id(), range, size);
        return claimed.isEmpty() ? new Outcome(0, 0, true) : issue(job, claimed, worker);
    }

    /** Issues one row alone, after its batch failed. */
    @Transactional
    Outcome runOne(Runnable job, int row, String worker) {
        List<Claimed> claimed = claim(job.id(), new Range(row, row), 1);
        return claimed.isEmpty() ? new Outcome(0, 0, true) : issue(job, claimed, worker);
    }

    /** The pending rows of {@code range} that a batch would take now, without locking them. */
    List<Integer> peek(UUID jobId, Range range, int size) {
        return jdbc.sql("select row_no from bulk_rows where job_id = :job and state = 'pending' "
                        + "and row_no between :first and :last order by row_no limit :size")
                .param("job", jobId)
                .param("first", range.first())
                .param("last", range.last())
                .param("size", size)
                .query(Integer.class)
                .list();
    }

    /** Marks a row that cannot be issued failed, with why. */
    @Transactional
    void fail(UUID jobId, int row, String error) {
        int updated = jdbc.sql("""
                        update bulk_rows set state = 'failed', error = :error
                        where job_id = :job and row_no = :row and state = 'pending'
                        """)
                .param("error", error)
                .param("job", jobId)
                .param("row", row)
                .update();
        jdbc.sql("update bulk_jobs set failed = failed + :n where id = :job")
                .param("n", updated)
                .param("job", jobId)
                .update();
    }

    /**
     * Completes the job when no row is pending any more (rows a batch in flight holds still count as pending), and
     * announces it: exactly once, as only one transaction can move it from running to completed.
     */
    @Transactional
    boolean complete(UUID jobId) {
        List<BulkCompleted> done = jdbc.sql("""
                        update bulk_jobs set state = 'completed', finished_at = :now,
                            started_at = coalesce(started_at, :now)
                        where id = :job and state in ('queued', 'running')
                            and not exists (select 1 from bulk_rows where job_id = :job and state = 'pending')
                        returning organization_id, badge_id, valid_rows, issued, skipped, failed
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("job", jobId)
                .query((rs, row) -> new BulkCompleted(
                        rs.getObject(1, UUID.class),
                        jobId,
                        rs.getObject(2, UUID.class),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list();
        done.forEach(events::publishEvent);
        return !done.isEmpty();
    }

    private List<Claimed> claim(UUID jobId, Range range, int size) {
        return jdbc.sql("""
                        select row_no, row_key, email, name, issued_on, expires_on, narrative, evidence,
                            credits_earned
                        from bulk_rows
                        where job_id = :job and state = 'pending' and row_no between :first and :last
                        order by row_no limit :size for update skip locked
                        """)
                .param("job", jobId)
                .param("first", range.first())
                .param("last", range.last())
                .param("size", size)
                .query((rs, row) -> {
                    java.sql.Date issued = rs.getDate("issued_on");
                    java.sql.Date expires = rs.getDate("expires_on");
                    return new Claimed(
                            rs.getInt("row_no"),
                            rs.getString("row_key"),
                            rs.getString("email"),
                            rs.getString("name"),
                            issued == null ? null : issued.toLocalDate(),
                            expires == null ? null : expires.toLocalDate(),
                            rs.getString("narrative"),
                            Arrays.asList((String[]) rs.getArray("evidence").getArray()),
                            rs.getBigDecimal("credits_earned"));
                })
                .list();
    }

    private Outcome issue(Runnable job, List<Claimed> claimed, String worker) {
        Set<String> fresh = jdbc.sql("""
                        insert into bulk_issued (badge_id, row_key, job_id, row_no)
                        select :badge, key, :job, row_no from unnest(cast(:keys as text[]), cast(:rows as int[]))
                            as given(key, row_no)
                        on conflict do nothing
                        returning row_key
                        """)
                .param("badge", job.badgeId())
                .param("job", job.id())
                .param("keys", claimed.stream().map(Claimed::key).toArray(String[]::new))
                .param("rows", claimed.stream().map(Claimed::row).toArray(Integer[]::new))
                .query(String.class)
                .set();
        List<Claimed> toIssue =
                claimed.stream().filter(c -> fresh.contains(c.key())).toList();
        List<UUID> ids = issuance
                .issue(new Issuance.Issue(
                        new OrganizationId(job.organizationId()),
                        new BadgeId(job.badgeId()),
                        job.actor(),
                        toIssue.stream()
                                .map(c -> new Issuance.Recipient(
                                                c.email(),
                                                c.name(),
                                                c.issuedOn(),
                                                c.expiresOn(),
                                                c.narrative(),
                                                c.evidence())
                                        .withCredits(c.creditsEarned()))
                                .toList(),
                        null))
                .stream()
                .map(credential -> credential.id().value())
                .toList();
        Map<Integer, UUID> credentialOf = new HashMap<>();
        for (int i = 0; i < toIssue.size(); i++) {
            credentialOf.put(toIssue.get(i).row(), ids.get(i));
        }
        if (!toIssue.isEmpty()) {
            jdbc.sql("""
                            update bulk_issued i set credential_id = given.credential
                            from unnest(cast(:keys as text[]), cast(:ids as uuid[])) as given(key, credential)
                            where i.badge_id = :badge and i.row_key = given.key
                            """)
                    .param("badge", job.badgeId())
                    .param("keys", toIssue.stream().map(Claimed::key).toArray(String[]::new))
                    .param("ids", ids.toArray(UUID[]::new))
                    .update();
        }
        List<Integer> rowNumbers = new ArrayList<>();
        List<UUID> credentials = new ArrayList<>();
        for (Claimed c : claimed) {
            rowNumbers.add(c.row());
            credentials.add(credentialOf.get(c.row()));
        }
        jdbc.sql("""
                        update bulk_rows r set
                            state = case when given.credential is null then 'skipped' else 'issued' end,
                            credential_id = given.credential,
                            error = case when given.credential is null
                                then 'Already issued to this recipient by another job.' end,
                            worker = :worker
                        from unnest(cast(:rows as int[]), cast(:ids as uuid[])) as given(row_no, credential)
                        where r.job_id = :job and r.row_no = given.row_no
                        """)
                .param("worker", worker)
                .param("rows", rowNumbers.toArray(Integer[]::new))
                .param("ids", credentials.toArray(UUID[]::new))
                .param("job", job.id())
                .update();
        int skipped = claimed.size() - toIssue.size();
        jdbc.sql("""
                        update bulk_jobs set issued = issued + :issued, skipped = skipped + :skipped,
                            state = case when state = 'queued' then 'running' else state end,
                            started_at = coalesce(started_at, :now)
                        where id = :job
                        """)
                .param("issued", toIssue.size())
                .param("skipped", skipped)
                .param("now", Timestamp.from(clock.instant()))
                .param("job", job.id())
                .update();
        return new Outcome(toIssue.size(), skipped, false);
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
