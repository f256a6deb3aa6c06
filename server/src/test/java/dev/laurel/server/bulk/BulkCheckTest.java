package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.laurel.server.ServerTest;
import dev.laurel.server.platform.Problem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dry run: CSV as spreadsheets export it, and every kind of bad row found, named by row and column. */
class BulkCheckTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkJobs jobs;

    BulkFixture fixture;

    @BeforeEach
    void organization() {
        fixture = BulkFixture.create(port, jdbc, jobs, "Dialect College");
    }

    @Test
    void readsExcelsSemicolonsWithBomCrlfAndQuotedNewlines() {
        String csv = "\uFEFFEmail;Name;Issued On;Narrative;Evidence URL;Evidence URL 2;Cohort\r\n"
                + "anh@example.org;Ngũyễn Thị Ánh;2026-01-15;\"Led the project;\r\nthen presented it.\";"
                + "https://example.org/a;https://example.org/b;Spring\r\n"
                + "bo@example.org;\"Bo \"\"Bobby\"\" Li\";;;;;Spring\r\n";
        BulkJob job = fixture.check(csv);

        assertThat(job.fileProblem()).isNull();
        assertThat(job.total()).isEqualTo(2);
        assertThat(job.valid()).isEqualTo(2);
        Map<String, Object> anh = row(job, 2);
        assertThat(anh.get("name")).isEqualTo("Ngũyễn Thị Ánh");
        assertThat(anh.get("narrative")).isEqualTo("Led the project;\r\nthen presented it.");
        assertThat(anh.get("issued_on").toString()).isEqualTo("2026-01-15");
        assertThat(anh.get("evidence").toString()).isEqualTo("{https://example.org/a,https://example.org/b}");
        assertThat(anh.get("metadata").toString()).contains("\"cohort\"").contains("Spring");
        assertThat(row(job, 3).get("name")).isEqualTo("Bo \"Bobby\" Li");
    }

    @Test
    void readsGoogleSheetsCommasWithLfAndNoBom() {
        String csv = "email,name,external_id,expires_on\n"
                + "ana@example.org,Ana María Núñez,S-1,2030-01-01\n"
                + "\"kim@example.org\",\"Kim, Min-jun\",S-2,\n"
                + ",,,\n";
        BulkJob job = fixture.check(csv);

        assertThat(job.total()).as("the empty row is skipped").isEqualTo(2);
        assertThat(job.valid()).isEqualTo(2);
        assertThat(row(job, 3).get("name")).isEqualTo("Kim, Min-jun");
        assertThat(row(job, 2).get("row_key")).isEqualTo("id:S-1");
        assertThat(row(job, 2).get("expires_on").toString()).isEqualTo("2030-01-01");
    }

    @Test
    void fillsTheNarrativeFromTheTemplateWithOtherColumns() {
        String csv = "email,name,course,grade\nana@example.org,Ana,Statistics,A\nbo@example.org,Bo,Statistics,\n";
        BulkJob job = fixture.check(csv.getBytes(StandardCharsets.UTF_8), "Completed {{course}} with grade {{Grade}}.");

        assertThat(row(job, 2).get("narrative")).isEqualTo("Completed Statistics with grade A.");
        assertThat(jobs.problems(job, 0, 10))
                .extracting(RowProblem::row, RowProblem::column, RowProblem::code)
                .containsExactly(tuple(3, "grade", "narrative.value-missing"));
        BulkJob unknown = fixture.check(csv.getBytes(StandardCharsets.UTF_8), "Completed {{module}}.");
        assertThat(unknown.fileProblem()).contains("'module'");
    }

    @Test
    void reportsTenKindsOfBadRowsByRowAndColumn() {
        String holder = uniqueEmail("holder");
        fixture.check("email,name\n" + holder + ",Holder\n");
        BulkJob first = fixture.jobs().recent(fixture.organizationId(), 1).getFirst();
        fixture.jobs().start(fixture.organizationId(), first.id(), false, fixture.owner());
        assertThat(fixture.awaitFinished(first.id(), java.time.Duration.ofSeconds(60))
                        .issued())
                .isEqualTo(1);

        String future = LocalDate.now().plusDays(10).toString();
        String csv = "email,name,issued_on,expires_on,evidence_url,external_id,course\n"
                + "good@example.org,Good Row,2026-01-01,,https://example.org/e,,X\n" // 2
                + ",No Address,,,,,X\n" // 3 email.missing
                + "not-an-address,Bad Address,,,,,X\n" // 4 email.invalid
                + "noname@example.org,,,,,,X\n" // 5 name.missing
                + "date@example.org,Bad Date,15/01/2026,,,,X\n" // 6 date.invalid
                + "future@example.org,Future,"
                + future + ",,,,X\n" // 7 date.future
                + "order@example.org,Order,2026-01-10,2026-01-01,,,X\n" // 8 date.order
                + "url@example.org,Bad Url,,,ftp://example.org/x,,X\n" // 9 url.invalid
                + "GOOD@example.org,Duplicate,,,,,X\n" // 10 row.duplicate
                + holder + ",Holder Again,,,,,X\n" // 11 row.already-issued
                + "extra@example.org,Extra,,,,,X,surplus\n" // 12 row.extra-values
                + "long@example.org," + "N".repeat(201) + ",,,,,X\n"; // 13 value.too-long
        BulkJob job = fixture.check(csv);

        assertThat(job.total()).isEqualTo(12);
        assertThat(job.valid()).isEqualTo(1);
        List<RowProblem> problems = jobs.problems(job, 0, 100);
        assertThat(problems)
                .extracting(RowProblem::row, RowProblem::column, RowProblem::code)
                .containsExactly(
                        tuple(3, "email", "email.missing"),
                        tuple(4, "email", "email.invalid"),
                        tuple(5, "name", "name.missing"),
                        tuple(6, "issued_on", "date.invalid"),
                        tuple(7, "issued_on", "date.future"),
                        tuple(8, "expires_on", "date.order"),
                        tuple(9, "evidence_url", "url.invalid"),
                        tuple(10, "email", "row.duplicate"),
                        tuple(11, "email", "row.already-issued"),
                        tuple(12, "row", "row.extra-values"),
                        tuple(13, "name", "value.too-long"));
        assertThat(problems.get(1).message()).isEqualTo("'not-an-address' is not an email address.");
        assertThat(problems.get(7).message()).contains("row 2");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> jobs.start(fixture.organizationId(), job.id(), false, fixture.owner())))
                .isInstanceOf(Problem.class)
                .hasMessageContaining("11 row(s) have problems");
        assertThat(credentialsOfBadge()).isEqualTo(1);
    }

    @Test
    void refusesAFileThatIsNotUtf8NamingTheRow() {
        byte[] windows = "email,name\nana@example.org,Ana\nzoe@example.org,Zoë Ørsted\n"
                .getBytes(Charset.forName("windows-1252"));
        BulkJob job = fixture.check(windows, null);

        assertThat(job.fileProblem()).contains("not UTF-8").contains("CSV UTF-8");
        assertThat(jobs.problems(job, 0, 10)).extracting(RowProblem::code).containsExactly("file.encoding");
        assertThat(catchRefusal(job)).isEqualTo("bulk.file");
    }

    @Test
    void refusesAFileWithoutAnEmailColumn() {
        BulkJob job = fixture.check("mail,name\nana@example.org,Ana\n");

        assertThat(job.fileProblem()).isEqualTo("The header row has no 'email' column (it has: mail, name).");
        assertThat(catchRefusal(job)).isEqualTo("bulk.file");
    }

    private String catchRefusal(BulkJob job) {
        try {
            jobs.start(fixture.organizationId(), job.id(), true, fixture.owner());
            return null;
        } catch (Problem e) {
            return e.code().code();
        }
    }

    private long credentialsOfBadge() {
        return jdbc.sql("select count(*) from credentials where badge_id = :badge")
                .param("badge", fixture.badgeId())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> row(BulkJob job, int row) {
        return jdbc.sql("select * from bulk_rows where job_id = :job and row_no = :row")
                .param("job", job.id())
                .param("row", row)
                .query()
                .singleRow();
    }
}
