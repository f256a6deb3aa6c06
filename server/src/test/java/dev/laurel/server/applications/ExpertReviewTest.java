package dev.laurel.server.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.did.VerificationMethodResolver;
import dev.laurel.credentials.http.HttpFetcher;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.CheckId;
import dev.laurel.credentials.report.CheckResult;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.credentials.verify.Verifier;
import dev.laurel.server.Browser;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expert review through the pages and mails: a badge open for application with a rubric and two approvals, an earner
 * applies with a file, a member asks for changes, the earner resubmits, the member and an outside expert (by the link
 * mailed to them) approve, and the credential issued carries the evidence, the rubric results and passes the schema.
 */
class ExpertReviewTest extends ServerTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VerificationMethodResolver resolver;

    @Autowired
    HttpFetcher fetcher;

    @Test
    void twoApprovalsAfterAChangeRequestIssueTheCredentialWithEvidenceAndResults() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Review Guild");
        UUID badge = Scenario.badge(issuer, "Peer Reviewed Design", "di");
        Browser desk = issuer.owner().browser();
        String org = "/organizations/" + issuer.organizationId();
        desk.get(org + "/badges/" + badge + "/applications/settings");
        Browser.Page saved = desk.post(
                org + "/badges/" + badge + "/applications/settings",
                Map.of(
                        "open", "true",
                        "approvals", "2",
                        "rubric", "Design: Emerging | Proficient | Exemplary\nTesting: Basic | Thorough"));
        assertThat(saved.body()).contains("Application settings saved.");

        Scenario.Person earner = Scenario.signUp(port, jdbc, "Grace Hopper");
        assertThat(earner.browser().get("/badges/" + badge + "/apply").body())
                .contains("Apply for Peer Reviewed Design")
                .contains("Emerging · Proficient · Exemplary");
        Browser.Page applied = earner.browser()
                .postMultipart(
                        "/application-evidence/apply/" + badge,
                        Map.of(
                                "statement", "I designed the compiler's error pages.",
                                "answer.c1", "Wireframes and two rounds of tests.",
                                "urls", "https://example.org/grace/design"),
                        "files",
                        "plan.pdf",
                        "application/pdf",
                        PDF);
        assertThat(applied.uri().getPath()).startsWith("/applications/");
        assertThat(applied.body()).contains("Your evidence was sent to the reviewers.");
        String application = applied.uri().getPath().substring("/applications/".length());

        desk.get(org + "/applications");
        assertThat(desk.get(org + "/applications?badge=" + badge).body())
                .contains("Grace Hopper")
                .contains("waiting less than a day");
        desk.get(org + "/applications/" + application);
        desk.post(
                org + "/applications/" + application + "/review",
                Map.of("decision", "request-changes", "comment", "Add the test results, please."));
        MimeMessage changes = mailsTo(earner.email(), m -> Mails.subject(m).contains("Changes asked"))
                .getFirst();
        assertThat(Mails.text(changes)).contains("Add the test results, please.");

        Browser.Page resubmitted = earner.browser()
                .postMultipart(
                        "/application-evidence/resubmit/" + application,
                        Map.of(
                                "statement", "I designed the compiler's error pages.",
                                "answer.c2", "Test results: 40 people, 3 rounds.",
                                "urls", "https://example.org/grace/design"),
                        "files",
                        "results.pdf",
                        "application/pdf",
                        PDF);
        assertThat(resubmitted.body()).contains("Submission 2").contains("Submission 1");

        String expert = uniqueEmail("expert");
        desk.get(org + "/applications/" + application);
        desk.post(org + "/applications/" + application + "/invite", Map.of("name", "Dr. Ada Expert", "email", expert));
        desk.get(org + "/applications/" + application);
        desk.post(
                org + "/applications/" + application + "/review",
                Map.of(
                        "decision", "approve",
                        "comment", "Clear, tested design work.",
                        "score.c1", "c1-l3",
                        "score.c2", "c2-l2"));

        String link = Mails.link(mailsTo(expert, m -> Mails.subject(m).contains("asks you to review"))
                .getFirst());
        Browser outsider = new Browser(port);
        assertThat(outsider.get(link).body()).contains("You need no account");
        Browser.Page thanks = outsider.post(
                link.substring(link.indexOf("/review/")),
                Map.of(
                        "decision", "approve",
                        "comment", "Meets the standard.",
                        "score.c1", "c1-l2",
                        "score.c2", "c2-l2"));
        assertThat(thanks.body()).contains("Your review was sent.");
        assertThat(new Browser(port).get(link).body()).contains("This link no longer opens");

        UUID credential = jdbc.sql("select credential_id from applications where id = :id")
                .param("id", UUID.fromString(application))
                .query(UUID.class)
                .single();
        String document = jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();
        JsonNode json = Json.parse(document);
        assertThat(SchemaValidator.instance().validate(json, CredentialSchema.OB_ACHIEVEMENT_CREDENTIAL))
                .isEmpty();
        JsonNode results = json.get("credentialSubject").get("result");
        assertThat(results.get(0).get("achievedLevel").asText()).endsWith("/badges/" + badge + "#c1-l2");
        assertThat(results.get(1).get("achievedLevel").asText()).endsWith("#c2-l2");
        assertThat(json.get("credentialSubject")
                        .get("achievement")
                        .get("resultDescription")
                        .size())
                .isEqualTo(2);
        assertThat(json.get("evidence").toString())
                .contains("https://example.org/grace/design")
                .contains("Test results: 40 people")
                .contains("results.pdf");
        VerificationReport report =
                Verifier.builder().resolver(resolver).fetcher(fetcher).build().verify(document);
        assertThat(report.verified()).as(report.toJson().toString()).isTrue();
        assertThat(json.get("endorsement")).hasSize(2);
        assertThat(json.get("endorsement").toString())
                .contains("Clear, tested design work.")
                .contains("Meets the standard.")
                .contains("Dr. Ada Expert")
                .as("the member signs with their account's own key")
                .contains(":accounts:");
        assertThat(json.get("endorsement")
                        .get(0)
                        .get("credentialSubject")
                        .get("id")
                        .asText())
                .isEqualTo(json.get("id").asText());
        assertThat(report.check(CheckId.ENDORSEMENTS))
                .get()
                .isInstanceOfSatisfying(CheckResult.Passed.class, passed -> assertThat(passed.message())
                        .contains("2 endorsement(s)")
                        .contains("Dr. Ada Expert (")
                        .doesNotContain("withdrawn")
                        .doesNotContain("failed"));
        for (JsonNode endorsement : json.get("endorsement")) {
            assertThat(SchemaValidator.instance().validate(endorsement, CredentialSchema.OB_ENDORSEMENT_CREDENTIAL))
                    .isEmpty();
        }
        assertThat(mailsTo(earner.email(), m -> Mails.subject(m).contains("was approved")))
                .hasSize(1);
    }

    @Test
    void aBadgeNotOpenForApplicationHasNoForm() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Closed Guild");
        UUID badge = Scenario.badge(issuer, "Closed Badge", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Alan Turing");
        assertThat(earner.browser().get("/badges/" + badge + "/apply").status()).isEqualTo(404);
    }

    @Test
    void aReviewerReviewsButNeitherIssuesNorInvitesAndAViewerDoesNotReview() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Reviewer Guild");
        UUID badge = Scenario.badge(issuer, "Reviewed Badge", "di");
        String org = "/organizations/" + issuer.organizationId();
        issuer.owner().browser().get(org + "/badges/" + badge + "/applications/settings");
        issuer.owner()
                .browser()
                .post(
                        org + "/badges/" + badge + "/applications/settings",
                        Map.of("open", "true", "approvals", "1", "rubric", ""));
        Scenario.Person reviewer = member(issuer, "Rita Reviewer", "reviewer");
        Scenario.Person viewer = member(issuer, "Victor Viewer", "viewer");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Edsger Dijkstra");
        Browser.Page applied = earner.browser()
                .postMultipart(
                        "/application-evidence/apply/" + badge,
                        Map.of("statement", "I wrote the shortest-path note.", "urls", "https://example.org/ewd"),
                        "files",
                        "note.pdf",
                        "application/pdf",
                        PDF);
        String application = applied.uri().getPath().substring("/applications/".length());

        assertThat(viewer.browser().get(org + "/applications").status()).isEqualTo(403);
        assertThat(reviewer.browser().get(org).body()).contains("/applications");
        assertThat(reviewer.browser().get(org + "/applications").body()).contains("Edsger Dijkstra");
        assertThat(reviewer.browser()
                        .get(org + "/badges/" + badge + "/applications/settings")
                        .status())
                .isEqualTo(403);
        reviewer.browser().get(org + "/applications/" + application);
        assertThat(reviewer.browser()
                        .post(
                                org + "/applications/" + application + "/invite",
                                Map.of("name", "Someone", "email", uniqueEmail("someone")))
                        .status())
                .isEqualTo(403);
        reviewer.browser().get(org + "/applications/" + application);
        reviewer.browser()
                .post(
                        org + "/applications/" + application + "/review",
                        Map.of("decision", "approve", "comment", "Elegant and correct."));
        assertThat(jdbc.sql("select credential_id from applications where id = :id")
                        .param("id", UUID.fromString(application))
                        .query((rs, row) -> rs.getObject(1, UUID.class))
                        .single())
                .as("the reviewer's approval, the one required, issued the credential")
                .isNotNull();
    }

    private Scenario.Person member(Scenario.Issuer issuer, String name, String role) {
        Scenario.Person person = Scenario.signUp(port, jdbc, name);
        jdbc.sql("""
                        insert into memberships (organization_id, account_id, role, joined_at)
                        select :org, id, :role, now() from accounts where lower(email) = lower(:email)
                        """)
                .param("org", issuer.organizationId())
                .param("role", role)
                .param("email", person.email())
                .update();
        return person;
    }
}
