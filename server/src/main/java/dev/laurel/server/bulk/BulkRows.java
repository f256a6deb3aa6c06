package dev.laurel.server.bulk;

import dev.laurel.credentials.json.Json;
import dev.laurel.server.organizations.Actor;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bulk jobs, their rows and the dry run's problems, as collections; rows and problems are written in batches. */
@Repository
class BulkRows {

    static final String JOB_COLUMNS = "id, organization_id, badge_id, state, source, total_rows, valid_rows, issued, "
            + "skipped, failed, cancelled, file_problem, created_at, started_at, finished_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BulkRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void createJob(
            UUID id,
            UUID organizationId,
            UUID badgeId,
            String source,
            String template,
            Actor owner,
            String idempotencyKey,
            Instant now) {
        jdbc.sql("""
                        insert into bulk_jobs (id, organization_id, badge_id, state, source, narrative_template,
                            created_by, api_key_id, idempotency_key, created_at)
                        values (:id, :org, :badge, 'checked', :source, :template, :by, :key, :idempotency, :now)
                        """)
                .param("id", id)
                .param("org", organizationId)
                .param("badge", badgeId)
                .param("source", source)
                .param("template", template)
                .param("by", owner.accountId())
                .param("key", owner.apiKeyId())
                .param("idempotency", idempotencyKey)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A problem with the values of its row as the file gave them (empty for the file's own problems, and JSON). */
    record ReportLine(RowProblem problem, List<String> original) {}

    void header(UUID jobId, List<String> header) {
        jdbc.sql("update bulk_jobs set header = :header where id = :job")
                .param("header", header.toArray(String[]::new))
                .param("job", jobId)
                .update();
    }

    List<String> header(UUID jobId) {
        return jdbc.sql("select header from bulk_jobs where id = :job")
                .param("job", jobId)
                .query((rs, row) -> strings(rs.getArray("header")))
                .single();
    }

    void insertRows(UUID jobId, List<CheckedRow> rows) {
        batch.batchUpdate("""
                insert into bulk_rows (job_id, row_no, row_key, email, name, issued_on, expires_on, narrative, evidence,
                    external_id, metadata, valid, state, credits_earned, original)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, 'checked', ?, ?)
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                CheckedRow row = rows.get(i);
                ps.setObject(1, jobId);
                ps.setInt(2, row.row());
                ps.setString(3, row.key());
                ps.setString(4, row.email());
                ps.setString(5, row.name());
                ps.setObject(6, row.issuedOn() == null ? null : Date.valueOf(row.issuedOn()), Types.DATE);
                ps.setObject(7, row.expiresOn() == null ? null : Date.valueOf(row.expiresOn()), Types.DATE);
                ps.setString(8, row.narrative());
                ps.setArray(
                        9,
                        ps.getConnection().createArrayOf("text", row.evidence().toArray()));
                ps.setString(10, row.externalId());
                ps.setString(11, Json.write(Json.MAPPER.valueToTree(row.metadata())));
                ps.setBoolean(12, row.problems().isEmpty());
                ps.setBigDecimal(13, row.creditsEarned());
                ps.setArray(
                        14,
                        ps.getConnection().createArrayOf("text", row.original().toArray()));
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    void insertProblems(UUID jobId, List<RowProblem> problems) {
        batch.batchUpdate(
                "insert into bulk_problems (job_id, row_no, column_name, code, message) values (?, ?, ?, ?, ?)",
                problems.stream()
                        .map(p -> new Object[] {jobId, p.row(), p.column(), p.code(), p.message()})
                        .toList(),
                new int[] {Types.OTHER, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
    }

    /**
     * The checks across rows, in the database: a recipient given twice in the file ({@code row.duplicate}, every
     * occurrence after the first), and one who already holds the badge ({@code row.already-issued}: issued by an
     * earlier job under the same key, or an active or suspended credential to the same address). Rows with a problem
     * are marked invalid; the job's counts are set.
     */
    void checkAcrossRows(UUID jobId, UUID badgeId, String emailColumn, String idColumn) {
        jdbc.sql("""
                        insert into bulk_problems (job_id, row_no, column_name, code, message)
                        select job_id, row_no,
                            case when row_key like 'id:%' then :idColumn else :emailColumn end,
                            'row.duplicate',
                            'The same recipient as row ' || first_row || ': each recipient once per file.'
                        from (select job_id, row_no, row_key, min(row_no) over (partition by row_key) as first_row
                              from bulk_rows where job_id = :job and row_key is not null) keyed
                        where row_no > first_row
                        """)
                .param("job", jobId)
                .param("idColumn", idColumn)
                .param("emailColumn", emailColumn)
                .update();
        jdbc.sql("""
                        insert into bulk_problems (job_id, row_no, column_name, code, message)
                        select r.job_id, r.row_no,
                            case when r.row_key like 'id:%' then :idColumn else :emailColumn end,
                            'row.already-issued',
                            'This recipient already holds this badge.'
                        from bulk_rows r
                        where r.job_id = :job and r.row_key is not null and (
                            exists (select 1 from bulk_issued i where i.badge_id = :badge and i.row_key = r.row_key)
                            or (r.external_id is null and exists (
                                select 1 from credentials c where c.badge_id = :badge
                                    and lower(c.recipient_email) = lower(r.email) and c.state <> 'revoked')))
                        """)
                .param("job", jobId)
                .param("badge", badgeId)
                .param("idColumn", idColumn)
                .param("emailColumn", emailColumn)
                .update();
        jdbc.sql("""
                        update bulk_rows set valid = false
                        where job_id = :job and valid
                            and row_no in (select row_no from bulk_problems where job_id = :job)
                        """).param("job", jobId).update();
        jdbc.sql("""
                        update bulk_jobs set
                            total_rows = (select count(*) from bulk_rows where job_id = :job),
                            valid_rows = (select count(*) from bulk_rows where job_id = :job and valid)
                        where id = :job
                        """).param("job", jobId).update();
    }

    void fileProblem(UUID jobId, RowProblem problem) {
        jdbc.sql("update bulk_jobs set file_problem = :problem where id = :job")
                .param("problem", problem.message())
                .param("job", jobId)
                .update();
        insertProblems(jobId, List.of(problem));
    }

    Optional<BulkJob> find(UUID jobId) {
        return jdbc.sql("select " + JOB_COLUMNS + " from bulk_jobs where id = :id")
                .param("id", jobId)
                .query((rs, row) -> job(rs))
                .optional();
    }

    void requestHash(UUID jobId, String hash) {
        jdbc.sql("update bulk_jobs set request_hash = :hash where id = :job")
                .param("hash", hash)
                .param("job", jobId)
                .update();
    }

    /** Up to {@code limit} problems of the job, by row, after row {@code afterRow}. */
    List<RowProblem> problems(UUID jobId, int afterRow, int limit) {
        return jdbc.sql("""
                        select row_no, column_name, code, message from bulk_problems
                        where job_id = :job and row_no > :after order by row_no, column_name limit :limit
                        """)
                .param("job", jobId)
                .param("after", afterRow)
                .param("limit", limit)
                .query((rs, row) -> new RowProblem(
                        rs.getInt("row_no"),
                        rs.getString("column_name"),
                        rs.getString("code"),
                        rs.getString("message")))
                .list();
    }

    /** Up to {@code limit} problems after row {@code afterRow}, by row, each with its row's values as given. */
    List<ReportLine> reportLines(UUID jobId, int afterRow, int limit) {
        return jdbc.sql("""
                        select p.row_no, p.column_name, p.code, p.message, r.original from bulk_problems p
                        left join bulk_rows r on r.job_id = p.job_id and r.row_no = p.row_no
                        where p.job_id = :job and p.row_no > :after order by p.row_no, p.column_name limit :limit
                        """)
                .param("job", jobId)
                .param("after", afterRow)
                .param("limit", limit)
                .query((rs, row) -> new ReportLine(
                        new RowProblem(
                                rs.getInt("row_no"),
                                rs.getString("column_name"),
                                rs.getString("code"),
                                rs.getString("message")),
                        strings(rs.getArray("original"))))
                .list();
    }

    /** Up to {@code limit} problems other than {@code code}, by row. */
    List<RowProblem> problemsOtherThan(UUID jobId, String code, int limit) {
        return jdbc.sql("""
                        select row_no, column_name, code, message from bulk_problems
                        where job_id = :job and code <> :code order by row_no, column_name limit :limit
                        """)
                .param("job", jobId)
                .param("code", code)
                .param("limit", limit)
                .query((rs, row) -> new RowProblem(
                        rs.getInt("row_no"),
                        rs.getString("column_name"),
                        rs.getString("code"),
                        rs.getString("message")))
                .list();
    }

    /** How many problems of each code, most frequent first. */
    Map<String, Integer> problemCounts(UUID jobId) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select code, count(*) as n from bulk_problems where job_id = :job
                        group by code order by count(*) desc, code
                        """)
                .param("job", jobId)
                .query((rs, row) -> counts.put(rs.getString("code"), rs.getInt("n")))
                .list();
        return counts;
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    int problemCount(UUID jobId) {
        return jdbc.sql("select count(*) from bulk_problems where job_id = :job")
                .param("job", jobId)
                .query(Integer.class)
                .single();
    }

    /** A job's organization's recent jobs, newest first. */
    List<BulkJob> recent(UUID organizationId, int limit) {
        return jdbc.sql("select " + JOB_COLUMNS + " from bulk_jobs where organization_id = :org "
                        + "order by created_at desc limit :limit")
                .param("org", organizationId)
                .param("limit", limit)
                .query((rs, row) -> job(rs))
                .list();
    }

    static BulkJob job(ResultSet rs) throws SQLException {
        return new BulkJob(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("badge_id", UUID.class),
                rs.getString("state"),
                rs.getString("source"),
                rs.getInt("total_rows"),
                rs.getInt("valid_rows"),
                rs.getInt("issued"),
                rs.getInt("skipped"),
                rs.getInt("failed"),
                rs.getInt("cancelled"),
                rs.getString("file_problem"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
