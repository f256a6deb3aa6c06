package dev.laurel.server.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a new issuer reads after a dry run: the help and the checks agree that a name is required; a file uploaded
 * again says in one line that its recipients already hold the badge; the report CSV gives each problem row back as
 * the file had it, so it can be fixed and uploaded again.
 */
class BulkReportTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHelpAndTheDryRunAgreeThatANameIsRequired() {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Bulk Names College");
        UUID badge = Scenario.badge(organization, "Named cohort", "di");
        Browser owner = organization.owner().browser();
        String base = "/organizations/" + organization.organizationId() + "/badges/" + badge + "/bulk";

        assertThat(owner.get(base).body()).contains("Columns: email and name (both required");
        String job = upload(organization, badge, "email,name\n" + uniqueEmail("nameless") + ",\n");
        assertThat(owner.get(job).body()).contains("data-code=\"name.missing\"");
    }

    @Test
    void aFileUploadedAgainSaysOnceThatEveryRecipientAlreadyHoldsTheBadge() {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Bulk Again College");
        UUID badge = Scenario.badge(organization, "Repeated cohort", "di");
        List<String> emails = List.of(uniqueEmail("again-1"), uniqueEmail("again-2"), uniqueEmail("again-3"));
        StringBuilder csv = new StringBuilder("email,name\n");
        for (String email : emails) {
            Scenario.issue(organization, badge, "Learner " + email.charAt(6), email);
            csv.append(email).append(",Learner\n");
        }

        String page = organization
                .owner()
                .browser()
                .get(upload(organization, badge, csv.toString()))
                .body();

        assertThat(page)
                .contains("All 3 recipients already hold this badge: there is nothing to issue.")
                .doesNotContain("id=\"problems\"")
                .doesNotContain("This recipient already holds this badge.");

        String mixed = organization
                .owner()
                .browser()
                .get(upload(organization, badge, csv + "not-an-email,Bob\n" + uniqueEmail("new") + ",New Learner\n"))
                .body();
        assertThat(mixed)
                .contains("3 recipients already hold this badge and are skipped; the report CSV names them.")
                .contains("data-code=\"email.invalid\"")
                .doesNotContain("data-code=\"row.already-issued\"");
    }

    @Test
    void theReportCsvGivesEachProblemWithItsRowAsTheFileHadIt() {
        Scenario.Issuer organization = Scenario.issuer(port, jdbc, "Bulk Rows College");
        UUID badge = Scenario.badge(organization, "Reported rows", "di");
        String good = uniqueEmail("good");
        String job = upload(
                organization,
                badge,
                "Email;Name;Issued On;Course\n" + good + ";Ada Lovelace;;Statistics\n"
                        + "bob@example;Bob \"the\" Builder;31/12/2025;Walls, bricks\n");

        List<String> lines = organization
                .owner()
                .browser()
                .get(job + "/report.csv")
                .body()
                .lines()
                .toList();

        assertThat(lines.getFirst()).endsWith("row,column,code,message,Email,Name,Issued On,Course");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("3,")
                .endsWith(",bob@example,\"Bob \"\"the\"\" Builder\",31/12/2025,\"Walls, bricks\""));
        assertThat(lines.get(1)).startsWith("3,email,email.invalid,");
        assertThat(lines.get(2)).startsWith("3,issued_on,date.invalid,");
    }

    private String upload(Scenario.Issuer organization, UUID badge, String csv) {
        Browser owner = organization.owner().browser();
        owner.get("/organizations/" + organization.organizationId() + "/badges/" + badge + "/bulk");
        return owner.postMultipart(
                        "/bulk-uploads/" + organization.organizationId() + "/" + badge,
                        Map.of(),
                        "file",
                        "cohort.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))
                .uri()
                .getPath();
    }
}
