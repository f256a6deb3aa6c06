package dev.laurel.server.bulk;

import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.Badges;
import dev.laurel.server.organizations.Actor;
import dev.laurel.server.organizations.OrganizationId;
import dev.laurel.server.organizations.Role;
import dev.laurel.server.organizations.TenantAccess;
import dev.laurel.server.platform.Idempotency;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

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

    /** The dry run's job, and whether an earlier identical request (same Idempotency-Key) made it. */
    public record Checked(BulkJob job, boolean replayed) {}

    /** A job is the claim of the Idempotency-Key it was asked with; its request's hash is recorded once read. */
    private static final Idempotency.Ledger IDEMPOTENCY = new Idempotency.Ledger(
            "bulk_jobs", "api_key_id", "idempotency_key", "request_hash", "id", "created_at", null);

    private static final int BATCH = 1000;

    private final BulkRows rows;
    private final Badges badges;
    private final TenantAccess access;
    private final JdbcClient jdbc;
    private final BulkWorker worker;
    private final Clock clock;
    private final Idempotency idempotency;
    private final int maxRows;
    private final long maxUploadBytes;

    BulkJobs(
            BulkRows rows,
            Badges badges,
            TenantAccess access,
            JdbcClient jdbc,
            BulkWorker worker,
            Clock clock,
            Idempotency idempotency,
            @Value("${laurel.bulk.max-rows:500000}") int maxRows,
            @Value("${laurel.bulk.max-upload-size:64MB}") DataSize maxUploadSize) {
        this.rows = rows;
        this.badges = badges;
        this.access = access;
        this.jdbc = jdbc;
        this.worker = worker;
        this.clock = clock;
        this.idempotency = idempotency;
        this.maxRows = maxRows;
        this.maxUploadBytes = maxUploadSize.toBytes();
    }

    /** The largest upload, file or API body ({@code laurel.bulk.max-upload-size}, 64 MB by default). */
    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * The dry run: reads {@code body} and records every row with its problems in a new job ({@code checked}); nothing
     * is issued. A file that cannot be read as a whole is recorded as the job's file problem.
     *
     * @param source the file's name, or what sent it (shown with the job)
     * @param template the narrative for rows without one, with {@code {{column}}} placeholders; or null
     * @param actor who asks: a member, or an API key of the organization (already checked by the API)
     * @param idempotencyKey with an API key, the request's Idempotency-Key, or null
     * @throws AccessDeniedException when the actor may not issue this organization's badge
     * @throws dev.laurel.server.platform.Problem {@code api.idempotency-mismatch} when the Idempotency-Key was used
     *     with another request
     */
    @Transactional
    public Checked check(
            UUID organizationId,
            UUID badgeId,
            InputStream body,
            Format format,
            String source,
            String template,
            Actor actor,
            String idempotencyKey) {
        requireIssuer(organizationId, badgeId, actor);
        MessageDigest digest = sha256();
        digest.update((badgeId + "\n" + format + "\n" + (template == null ? "" : template) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        DigestInputStream in = new DigestInputStream(body, digest);
        UUID jobId = UUID.randomUUID();
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            Optional<Checked> earlier = earlier(key(actor, idempotencyKey), in, digest);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("id", jobId);
            job.put("organization_id", organizationId);
            job.put("badge_id", badgeId);
            job.put("state", "checked");
            job.put("source", source);
            job.put("narrative_template", template);
            Optional<Idempotency.Earlier> claimed = idempotency.claim(key(actor, idempotencyKey), null, job);
            if (claimed.isPresent()) {
                return replay(claimed.get(), in, digest);
            }
        } else {
            rows.createJob(jobId, organizationId, badgeId, source, template, actor.recorded(), null, now);
        }
        Columns columns = format == Format.CSV ? Columns.CSV : Columns.JSON;
        try {
            RowSource rowSource = format == Format.CSV ? CsvSource.open(in) : new JsonSource(in);
            rows.header(jobId, rowSource.header());
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
    public BulkJob start(UUID organizationId, UUID jobId, boolean skipInvalid, Actor actor) {
        BulkJob job = find(organizationId, jobId, actor);
        if (!job.state().equals("checked")) {
            throw BulkRefusal.STATE.problem("This job was already started (it is " + job.state() + ").");
        }
        if (job.fileProblem() != null) {
            throw BulkRefusal.FILE.problem("The file could not be read: " + job.fileProblem());
        }
        if (job.valid() == 0) {
            throw BulkRefusal.NOTHING_VALID.problem("No row is valid: there is nothing to issue.");
        }
        if (job.invalid() > 0 && !skipInvalid) {
            throw BulkRefusal.INVALID_ROWS.problem(
                    job.invalid() + " row(s) have problems: fix them, or issue only the valid rows.");
        }
        jdbc.sql("update bulk_rows set state = 'pending' where job_id = :job and valid")
                .param("job", jobId)
                .update();
        jdbc.sql("update bulk_jobs set state = 'queued', started_at = :now where id = :job and state = 'checked'")
                .param("job", jobId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        worker.schedule(jobId);
        return rows.find(jobId).orElseThrow();
    }

    /**
     * Cancels a queued or running job: rows not yet issued are marked cancelled, after waiting for the batches in
     * flight to commit, so every row ends issued (or skipped, failed) or cancelled — none half-done.
     */
    @Transactional
    public BulkJob cancel(UUID organizationId, UUID jobId, Actor actor) {
        BulkJob job = find(organizationId, jobId, actor);
        if (!job.state().equals("queued")
                && !job.state().equals("running")
                && !job.state().equals("checked")) {
            throw BulkRefusal.STATE.problem("This job is " + job.state() + ": there is nothing to cancel.");
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
    public BulkJob find(UUID organizationId, UUID jobId, Actor actor) {
        BulkJob job = rows.find(jobId)
                .filter(found -> found.organizationId().equals(organizationId))
                .orElseThrow(() -> new AccessDeniedException("no such bulk job in this organization"));
        requireIssuer(organizationId, job.badgeId(), actor);
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

    /** How many problems of each code the job has, most frequent first. */
    Map<String, Integer> problemCounts(BulkJob job) {
        return rows.problemCounts(job.id());
    }

    /** The file's header as written (empty for JSON). */
    List<String> header(BulkJob job) {
        return rows.header(job.id());
    }

    /** Up to {@code limit} problems after row {@code afterRow}, each with its row's values as the file gave them. */
    List<BulkRows.ReportLine> reportLines(BulkJob job, int afterRow, int limit) {
        return rows.reportLines(job.id(), afterRow, limit);
    }

    /** Up to {@code limit} problems of the job other than {@code code}, by row. */
    List<RowProblem> problemsOtherThan(BulkJob job, String code, int limit) {
        return rows.problemsOtherThan(job.id(), code, limit);
    }

    private void requireIssuer(UUID organizationId, UUID badgeId, Actor actor) {
        access.require(new OrganizationId(organizationId), actor, Role.ISSUER);
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

    private Optional<Checked> earlier(Idempotency.Key key, DigestInputStream in, MessageDigest digest) {
        return idempotency.earlier(key).map(earlier -> replay(earlier, in, digest));
    }

    /** The job an earlier request with the same Idempotency-Key made, when this request is the same. */
    private Checked replay(Idempotency.Earlier earlier, DigestInputStream in, MessageDigest digest) {
        drain(in);
        UUID jobId = earlier.replay(HexFormat.of().formatHex(digest.digest()));
        return new Checked(rows.find(jobId).orElseThrow(), true);
    }

    private static Idempotency.Key key(Actor actor, String idempotencyKey) {
        return new Idempotency.Key(IDEMPOTENCY, actor.apiKeyId(), idempotencyKey);
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
