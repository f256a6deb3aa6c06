package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bulk pages over HTTP: who may use them, the upload's own size limit, and CSRF on the upload servlet. */
class BulkPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aViewerIsRefusedEveryBulkPage() {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Bulk Viewer College");
        UUID badge = Scenario.badge(organization, "Viewed badge", "di");
        String base = "/organizations/" + organization.organizationId() + "/badges/" + badge + "/bulk";
        Browser owner = organization.owner().browser();
        owner.get(base);
        Browser.Page checked = owner.postMultipart(
                "/bulk-uploads/" + organization.organizationId() + "/" + badge,
                Map.of(),
                "file",
                "one.csv",
                "text/csv",
                ("email,name\n" + uniqueEmail("one") + ",One\n").getBytes(StandardCharsets.UTF_8));
        assertThat(checked.uri().getPath()).startsWith(base + "/");
        String job = checked.uri().getPath();

        Browser viewer = member(organization, "viewer").browser();
        assertThat(viewer.get(base).status()).isEqualTo(403);
        assertThat(viewer.get(job).status()).isEqualTo(403);
        assertThat(viewer.get(job + "/report.csv").status()).isEqualTo(403);
        assertThat(viewer.get(job + "/progress").status()).isEqualTo(403);
        viewer.get("/dashboard");
        Browser.Page upload = viewer.postMultipart(
                "/bulk-uploads/" + organization.organizationId() + "/" + badge,
                Map.of(),
                "file",
                "two.csv",
                "text/csv",
                ("email,name\n" + uniqueEmail("two") + ",Two\n").getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).isEqualTo(403);
        assertThat(viewer.post(job + "/start", Map.of()).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from bulk_jobs where badge_id = :badge")
                        .param("badge", badge)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(owner.get(base).body()).contains("one.csv");
    }

    @Test
    void theUploadTakesFilesOverTheApplicationsFiveMegabyteLimitAndNeedsTheCsrfToken() {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Bulk Large College");
        UUID badge = Scenario.badge(organization, "Large cohort", "di");
        Browser owner = organization.owner().browser();
        String upload = "/bulk-uploads/" + organization.organizationId() + "/" + badge;
        StringBuilder csv = new StringBuilder("email,name,course\n");
        int rows = 0;
        while (csv.length() < 6 * 1024 * 1024) {
            rows++;
            csv.append("learner-")
                    .append(rows)
                    .append("@large.example,Learner ")
                    .append(rows)
                    .append(",Advanced statistics for the social sciences\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);

        var forged = owner.raw(
                HttpRequest.newBuilder(owner.uri(upload))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nemail\r\n--x--\r\n")));
        assertThat(forged.statusCode()).isEqualTo(403);

        owner.get("/organizations/" + organization.organizationId() + "/badges/" + badge + "/bulk");
        Browser.Page checked = owner.postMultipart(upload, Map.of(), "file", "large.csv", "text/csv", body);
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body()).contains("id=\"valid\">" + rows + "<");
        assertThat(jdbc.sql("select count(*) from bulk_jobs where badge_id = :badge")
                        .param("badge", badge)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theDownloadedReportHasEveryProblemOnceAndAJobCanBeCancelledFromThePage() {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Bulk Report College");
        UUID badge = Scenario.badge(organization, "Reported cohort", "di");
        Browser owner = organization.owner().browser();
        String base = "/organizations/" + organization.organizationId() + "/badges/" + badge + "/bulk";
        StringBuilder csv = new StringBuilder("email,name,issued_on,evidence_url\n");
        for (int i = 0; i < 400; i++) {
            csv.append("learner-").append(i).append(",Learner,2999-01-01,not a url\n");
        }
        csv.append(uniqueEmail("valid")).append(",Valid Learner,,\n");
        owner.get(base);
        String job = owner.postMultipart(
                        "/bulk-uploads/" + organization.organizationId() + "/" + badge,
                        Map.of(),
                        "file",
                        "bad.csv",
                        "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))
                .uri()
                .getPath();

        List<String> lines = owner.get(job + "/report.csv").body().lines().toList();
        assertThat(lines).hasSize(1 + 3 * 400).doesNotHaveDuplicates();
        assertThat(lines.subList(1, lines.size()))
                .filteredOn(line -> line.startsWith("335,"))
                .extracting(line -> line.split(",")[1])
                .containsExactlyInAnyOrder("email", "evidence_url", "issued_on");

        Browser.Page cancelled = owner.post(job + "/cancel", Map.of());
        assertThat(cancelled.uri().getPath()).isEqualTo(job);
        assertThat(cancelled.body()).contains("data-state=\"cancelled\"").doesNotContain("hx-trigger");
        assertThat(owner.post(job + "/start", Map.of()).body()).contains("This job was already started.");
    }

    private Scenario.Person member(Scenario.Issuer organization, String role) {
        Scenario.Person person = Scenario.signUp(port, jdbc, "Bulk " + role);
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        select :org, id, :role, now() from accounts where email = :email
                        """)
                .param("org", organization.organizationId())
                .param("role", role)
                .param("email", person.email())
                .update();
        return person;
    }
}
