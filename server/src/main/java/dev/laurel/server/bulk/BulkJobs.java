package dev.laurel.server.bulk;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk issuing's entry points: {@link #check} reads an upload row by row (streamed, written in batches) and records
 * every problem — the dry run; {@link #start} queues the valid rows for the workers; {@link #cancel} stops a job with
 * every row either issued or cancelled. Who acts is a member with the issuer role ({@code accountId}) or an API key
 * the API has checked ({@code apiKeyId}). Thread-safe.
 */
@Service
public class BulkJobs {

    /** What an upload is. */
    public enum Format {
        CSV,
        JSON
    }

    /**
     * Who asks: a member's account, or an API key of the organization (already checked by the API).
     *
     * @param idempotencyKey with an API key, the request's Idempotency-Key, or null
     */
    public record Requester(UUID accountId, UUID apiKeyId, String idempotencyKey) {

        public static Requester member(UUID accountId) {
            return new Requester(accountId, null, null);
        }
    }

    /** The dry run's job, and whether an earlier identical request (same Idempotency-Key) made it. */
    public record Checked(BulkJob job, boolean replayed) {}

    /** A job cannot be started or cancelled in its state, or with its rows; {@code code} is stable. */
    public static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        RefusedException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The Idempotency-Key was used by this API key with a different request. */
    public static final class IdempotencyMismatchException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final int BATCH = 1000;

    private final BulkRows rows;
    private final Badges badges;
    private final TenantAccess access;
    private final JdbcClient jdbc;
    private final BulkWorker worker;
    private final Clock clock;
    private final int maxRows;

    BulkJobs(
            BulkRows rows,
            Badges badges,
            TenantAccess access,
            JdbcClient jdbc,
            BulkWorker worker,
            Clock clock,
            @Value("${laurel.bulk.max-rows:500000}") int maxRows) {
        this.rows = rows;
        this.badges = badges;
        this.access = access;
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /**
     * The dry run: reads {@code body} and records every row with its problems in a new job ({@code checked}); nothing
     * is issued. A file that cannot be read as a whole is recorded as the job's file problem.
     *
     * @param source the file's name, or what sent it (shown with the job)
     * @param template the narrative for rows without one, with {@code {{column}}} placeholders; or null
     * @throws AccessDeniedException when the requester may not issue this organization's badge
     * @throws IdempotencyMismatchException when the Idempotency-Key was used with another request
     */
    @Transactional
    public Checked check(
            UUID organizationId,
            UUID badgeId,
            InputStream body,
            Format format,
            String source,
            String template,
            Requester requester) {
        requireIssuer(organizationId, badgeId, requester);
        MessageDigest digest = sha256();
        digest.update((badgeId + "\n" + format + "\n" + (template == null ? "" : template) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        DigestInputStream in = new DigestInputStream(body, digest);
        UUID jobId = UUID.randomUUID();
        Instant now = clock.instant();
        if (requester.idempotencyKey() != null) {
            Optional<Checked> earlier = earlier(requester, in, digest);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            int inserted = jdbc.sql("""
                            insert into bulk_jobs (id, organization_id, badge_id, state, source, narrative_template,
                                api_key_id, idempotency_key, created_at)
                            values (:id, :org, :badge, 'checked', :source, :template, :key, :idem, :now)
                            on conflict (api_key_id, idempotency_key) where idempotency_key is not null do nothing
                            """)
                    .param("id", jobId)
                    .param("org", organizationId)
                    .param("badge", badgeId)
                    .param("source", source)
                    .param("template", template)
                    .param("key", requester.apiKeyId())
                    .param("idem", requester.idempotencyKey())
                    .param("now", Timestamp.from(now))
                    .update();
            if (inserted == 0) {
                return earlier(requester, in, digest).orElseThrow();
            }
        } else {
            rows.createJob(
                    jobId,
                    organizationId,
                    badgeId,
                    source,
                    template,
                    new BulkRows.Owner(requester.accountId(), requester.apiKeyId()),
                    null,
                    now);
        }
        Columns columns = format == Format.CSV ? Columns.CSV : Columns.JSON;
        try {
            RowSource rowSource = format == Format.CSV ? CsvSource.open(in) : new JsonSource(in);
            requireTemplateColumns(rowSource, template);
            read(jobId, rowSource, new RowChecks(columns, template, LocalDate.ofInstant(now, ZoneOffset.UTC)));
            rows.checkAcrossRows(jobId, badgeId, columns.email(), columns.externalId());
        } catch (FileProblem problem) {
            rows.fileProblem(jobId, problem.problem());
        }
        drain(in);
        rows.requestHash(jobId, HexFormat.of().formatHex(digest.digest()));
        return new Checked(rows.find(jobId).orElseThrow(), false);
    }

    /** Queues the job's valid rows; {@code skipInvalid} must be set when some rows have problems. */
    @Transactional
    public BulkJob start(UUID organizationId, UUID jobId, boolean skipInvalid, Requester requester) {
        BulkJob job = find(organizationId, jobId, requester);
        if (!job.state().equals("checked")) {
            throw new RefusedException("bulk.state", "This job was already started (it is " + job.state() + ").");
        }
        if (job.fileProblem() != null) {
            throw new RefusedException("bulk.file", "The file could not be read: " + job.fileProblem());
        }
        if (job.valid() == 0) {
            throw new RefusedException("bulk.nothing-valid", "No row is valid: there is nothing to issue.");
        }
        if (job.invalid() > 0 && !skipInvalid) {
            throw new RefusedException(
                    "bulk.invalid-rows",
                    job.invalid() + " row(s) have problems: fix them, or issue only the valid rows.");
        }
        jdbc.sql("update bulk_rows set state = 'pending' where job_id = :job and valid")
                .param("job", jobId)
                .update();
        jdbc.sql("update bulk_jobs set state = 'queued', started_at = :now where id = :job and state = 'checked'")
                .param("job", jobId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        worker.wake();
        return rows.find(jobId).orElseThrow();
    }

    /**
     * Cancels a queued or running job: rows not yet issued are marked cancelled, after waiting for the batches in
     * flight to commit, so every row ends issued (or skipped, failed) or cancelled — none half-done.
     */
    @Transactional
    public BulkJob cancel(UUID organizationId, UUID jobId, Requester requester) {
        BulkJob job = find(organizationId, jobId, requester);
        if (!job.state().equals("queued")
                && !job.state().equals("running")
                && !job.state().equals("checked")) {
            throw new RefusedException("bulk.state", "This job is " + job.state() + ": there is nothing to cancel.");
        }
        int cancelled = jdbc.sql("""
                        update bulk_rows set state = 'cancelled' where job_id = :job and state in ('pending', 'checked')
                            and valid
                        """).param("job", jobId).update();
        jdbc.sql("""
                        update bulk_jobs set state = 'cancelled', cancelled = cancelled + :n, finished_at = :now
                        where id = :job
                        """)
                .param("n", cancelled)
                .param("now", Timestamp.from(clock.instant()))
                .param("job", jobId)
                .update();
        return rows.find(jobId).orElseThrow();
    }

    /**
     * The job, when it is the organization's and the requester may see it.
     *
     * @throws AccessDeniedException otherwise
     */
    public BulkJob find(UUID organizationId, UUID jobId, Requester requester) {
        BulkJob job = rows.find(jobId)
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such bulk job in this organization"));
        requireIssuer(organizationId, job.badgeId(), requester);
        return job;
    }

    /** The organization's latest jobs, newest first. */
    public List<BulkJob> recent(UUID organizationId, int limit) {
        return rows.recent(organizationId, limit);
    }

    /** Up to {@code limit} of the job's problems, by row, after row {@code afterRow}. */
    public List<RowProblem> problems(BulkJob job, int afterRow, int limit) {
        return rows.problems(job.id(), afterRow, limit);
    }

    public int problemCount(BulkJob job) {
        return rows.problemCount(job.id());
    }

    private void requireIssuer(UUID organizationId, UUID badgeId, Requester requester) {
        if (requester.accountId() != null) {
            access.require(organizationId, requester.accountId(), Role.ISSUER);
        } else if (requester.apiKeyId() == null) {
            throw new AccessDeniedException("no one asked");
        }
        badges.find(new BadgeId(badgeId))
                .filter(badge -> badge.organizationId().value().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such badge in this organization"));
    }

    private void read(UUID jobId, RowSource source, RowChecks checks) {
        List<CheckedRow> pending = new ArrayList<>(BATCH);
        List<RowProblem> problems = new ArrayList<>();
        int[] count = {0};
        source.forEach(input -> {
            if (input.blank()) {
                return;
            }
            if (++count[0] > maxRows) {
                throw new FileProblem(
                        input.row(), "file.too-many-rows", "The file has more than " + maxRows + " rows: split it.");
            }
            CheckedRow row = checks.check(input);
            pending.add(row);
            problems.addAll(row.problems());
            if (pending.size() == BATCH) {
                flush(jobId, pending, problems);
            }
        });
        flush(jobId, pending, problems);
    }

    private void flush(UUID jobId, List<CheckedRow> pending, List<RowProblem> problems) {
        if (!pending.isEmpty()) {
            rows.insertRows(jobId, pending);
        }
        if (!problems.isEmpty()) {
            rows.insertProblems(jobId, problems);
        }
        pending.clear();
        problems.clear();
    }

    private static void requireTemplateColumns(RowSource source, String template) {
        if (template == null || source.columns().isEmpty()) {
            return;
        }
        Matcher placeholders = RowChecks.PLACEHOLDER.matcher(template);
        while (placeholders.find()) {
            String column = CsvSource.normalize(placeholders.group(1));
            if (!source.columns().contains(column)) {
                throw new FileProblem(
                        1,
                        "file.template-column",
                        "The narrative template names '" + column + "', which the file has no column for.");
            }
        }
    }

    private Optional<Checked> earlier(Requester requester, DigestInputStream in, MessageDigest digest) {
        Optional<BulkRows.Earlier> earlier = rows.byIdempotencyKey(requester.apiKeyId(), requester.idempotencyKey());
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        drain(in);
        String hash = HexFormat.of().formatHex(digest.digest());
        if (!hash.equals(earlier.get().requestHash())) {
            throw new IdempotencyMismatchException();
        }
        return Optional.of(new Checked(rows.find(earlier.get().jobId()).orElseThrow(), true));
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // a body that breaks off leaves its hash unequal to any complete request's
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
