package dev.laurel.server.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issuer's pathway pages without a browser: a pathway saved from the builder's fields; refusals shown at the field
 * or step they name, never a 500; viewers read but change nothing; the badge search; a cohort enrolled all or nothing;
 * the CSV; a pathway nothing was awarded for deleted.
 */
class PathwayBuilderPagesTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void issuersBuildAndViewersReadWhileRefusalsPointAtTheirField() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Pages Guild");
        Scenario.Issuer other = Scenario.issuer(port, jdbc, "Other Guild");
        UUID basics = Scenario.badge(issuer, "Safety Basics", "di");
        UUID gold = Scenario.badge(issuer, "Gold Safety", "di");
        UUID foreign = Scenario.badge(other, "Foreign", "di");
        Browser owner = issuer.owner().browser();
        String base = "/organizations/" + issuer.organizationId() + "/pathways";

        owner.get(base + "/new");
        Browser.Page tooMany = owner.post(
                base,
                form("Site", gold, "{\"all\": [{\"atLeast\": 3, \"of\": [{\"achievement\": \"" + basics + "\"}]}]}"));
        assertThat(tooMany.status()).isEqualTo(200);
        assertThat(tooMany.body())
                .contains("data-pointer=\"/steps/all/0/atLeast\"")
                .contains("&#39;atLeast&#39; is a whole number from 1 to 1.");

        Browser.Page foreignStep = owner.post(
                base, form("Site", gold, "{\"all\": [{\"id\": \"x1\", \"achievement\": \"" + foreign + "\"}]}"));
        assertThat(foreignStep.body()).contains("data-step=\"x1\"").contains("No achievement " + foreign);

        Browser.Page foreignGoal =
                owner.post(base, form("Site", foreign, "{\"all\": [{\"achievement\": \"" + basics + "\"}]}"));
        assertThat(foreignGoal.body()).contains("id=\"goal-error\"");

        Browser.Page notJson = owner.post(base, form("Site", gold, "{\"all\": ["));
        assertThat(notJson.status()).isEqualTo(200);
        assertThat(notJson.body()).contains("id=\"steps-error\"");

        Browser.Page noName = owner.post(base, form(" ", gold, "{\"all\": [{\"achievement\": \"" + basics + "\"}]}"));
        assertThat(noName.body()).contains("id=\"name-error\"").contains("A pathway needs a name.");

        Browser.Page saved =
                owner.post(base, form("Site Safety", gold, "{\"all\": [{\"achievement\": \"" + basics + "\"}]}"));
        assertThat(saved.uri().getPath()).startsWith(base + "/");
        assertThat(saved.body()).contains("The pathway was saved.").contains("Site Safety");
        String pathway = saved.uri().getPath();

        assertThat(owner.get(base + "/badges?q=BASIC").body())
                .contains("Add Safety Basics")
                .doesNotContain("Gold Safety")
                .doesNotContain("Foreign");

        Scenario.Person viewer = member(issuer, "viewer");
        assertThat(viewer.browser().get(base).body()).contains("Site Safety").doesNotContain("New pathway");
        Browser.Page read = viewer.browser().get(pathway);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("Safety Basics").doesNotContain("id=\"pathway-form\"");
        assertThat(viewer.browser()
                        .post(pathway, form("Renamed", gold, "{\"all\": [{\"achievement\": \"" + basics + "\"}]}"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.browser().get(pathway + "/preview").status()).isEqualTo(403);
        assertThat(viewer.browser().get(pathway + "/earners").status()).isEqualTo(200);
        assertThat(other.owner().browser().get(pathway).status()).isEqualTo(403);

        String ana = uniqueEmail("ana");
        owner.get(pathway + "/earners");
        Browser.Page refused = owner.postMultipart(
                pathway + "/enroll",
                Map.of(),
                "file",
                "cohort.csv",
                "text/csv",
                ("email;name\n" + ana + ";Ana\n;Nobody\nnot-an-address;Ben\n").getBytes(StandardCharsets.UTF_8));
        assertThat(refused.body())
                .contains("Row 3: the email is empty.")
                .contains("Row 4: “not-an-address” is not an email address.");
        assertThat(enrolled(pathway)).isZero();
        Browser.Page noColumn = owner.postMultipart(
                pathway + "/enroll",
                Map.of(),
                "file",
                "c.csv",
                "text/csv",
                "name\nAna\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumn.body()).contains("The header row has no email column.");
        Browser.Page done = owner.postMultipart(
                pathway + "/enroll",
                Map.of(),
                "file",
                "cohort.csv",
                "text/csv",
                ("\uFEFFEmail\n" + ana.toUpperCase() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(done.uri().getPath()).isEqualTo(pathway + "/earners");
        assertThat(done.body()).contains("1 enrolled").contains(ana).contains("Enrolled");
        assertThat(enrolled(pathway)).isEqualTo(1);

        String csv = viewer.browser().get(pathway + "/earners.csv").body();
        assertThat(csv.lines().toList())
                .containsExactly(
                        "email,percent,completed,completed_at,enrolled,joined,goal_credential",
                        ana + ",0,false,,true,false,");

        Browser.Page deleted = owner.post(pathway + "/delete", Map.of());
        assertThat(deleted.uri().getPath()).isEqualTo(base);
        assertThat(deleted.body()).contains("The pathway Site Safety was deleted.");
        assertThat(owner.get(pathway).status()).isEqualTo(404);
    }

    private long enrolled(String pathwayPath) {
        return jdbc.sql("select count(*) from pathway_earners where pathway_id = :id and enrolled_at is not null")
                .param("id", UUID.fromString(pathwayPath.substring(pathwayPath.lastIndexOf('/') + 1)))
                .query(Long.class)
                .single();
    }

    private static Map<String, String> form(String name, UUID goal, String steps) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", "Steps to safety.");
        fields.put("goal", goal.toString());
        fields.put("steps", steps);
        return fields;
    }

    private Scenario.Person member(Scenario.Issuer organization, String role) {
        Scenario.Person person = Scenario.signUp(port, jdbc, "Pathway " + role);
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
