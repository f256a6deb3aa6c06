package dev.laurel.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * Expert review in Chromium, the done-when: the issuer opens a badge for application (a rubric, two
 * approvals), the earner applies with a file, a member reviewer asks for changes, the earner resubmits, the member
 * approves and an outside expert approves through the link mailed to them (from GreenMail), and {@code laurel verify}
 * on the issued credential reports it verified with both reviewers' endorsements. Each page is axe-clean, shot at 1280
 * and 390 px (target/e2e/applications-*.png).
 */
class ExpertReviewPagesTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    @Autowired
    JdbcClient jdbc;

    @Test
    void applyChangeRequestResubmitTwoApprovalsAndTheCredentialVerifiesWithItsReviewersEndorsements() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Guild of Structural Engineers");
        UUID badge = Scenario.badge(issuer, "Chartered Bridge Designer", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Emily Roebling");
        String expertEmail = uniqueEmail("expert");
        String base = "http://localhost:" + PORT;
        String org = base + "/organizations/" + issuer.organizationId();
        try (Chromium chromium = Chromium.launch();
                BrowserContext issuerContext = chromium.browser().newContext();
                BrowserContext earnerContext = chromium.browser().newContext();
                BrowserContext expertContext = chromium.browser().newContext()) {
            Page desk =
                    Steps.logIn(issuerContext.newPage(), base, issuer.owner().email());
            desk.navigate(org + "/badges/" + badge);
            desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Applications"))
                    .click();
            desk.waitForURL("**/applications/settings");
            desk.getByLabel("Open for application").check();
            desk.getByLabel("Approvals required").fill("2");
            desk.getByLabel("Rubric (optional)")
                    .fill("Structural analysis: Emerging | Proficient | Exemplary\nSite safety: Basic | Thorough");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(desk.locator(".flash").textContent()).contains("Application settings saved.");
            Steps.widths(desk, SHOTS, "applications-settings");

            Page page = Steps.logIn(earnerContext.newPage(), base, earner.email());
            page.navigate(base + "/badges/" + badge);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apply for this badge"))
                    .click();
            page.waitForURL("**/apply");
            page.getByLabel("What you did").fill("I led the calculations for the East River crossing.");
            page.getByLabel("Structural analysis").fill("Load tables for the main span, checked twice.");
            page.getByLabel("Links to your evidence").fill("https://example.org/emily/span");
            page.getByLabel("Files")
                    .setInputFiles(new FilePayload(
                            "calculations.pdf",
                            "application/pdf",
                            "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            Steps.widths(page, SHOTS, "applications-apply");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply"))
                    .click();
            page.waitForURL("**/applications/*?sent=1");
            assertThat(page.locator("[role=status]").first().textContent()).contains("Your evidence was sent");

            desk.navigate(org + "/applications");
            assertThat(desk.locator(".application-queue").textContent())
                    .contains("Emily Roebling")
                    .contains("waiting less than a day");
            Steps.widths(desk, SHOTS, "applications-queue");
            desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emily Roebling"))
                    .click();
            desk.getByLabel("Comment").fill("Add your site safety plan, please.");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for changes"))
                    .click();
            desk.getByText("Changes asked", new Page.GetByTextOptions().setExact(true))
                    .first()
                    .waitFor();
            assertThat(desk.locator(".application-reviews").textContent()).contains("Add your site safety plan");

            page.reload();
            assertThat(page.locator("main").textContent()).contains("Add your site safety plan, please.");
            page.getByLabel("Site safety").fill("Daily caisson checks; the plan is attached.");
            page.getByLabel("Files")
                    .setInputFiles(new FilePayload(
                            "safety-plan.pdf",
                            "application/pdf",
                            "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            Steps.widths(page, SHOTS, "applications-resubmit");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resubmit"))
                    .click();
            page.waitForURL("**/applications/*?sent=2");

            desk.reload();
            desk.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Washington Roebling");
            desk.getByLabel("Address", new Page.GetByLabelOptions().setExact(true))
                    .fill(expertEmail);
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link"))
                    .click();
            desk.getByText("(outside expert)").waitFor();
            assertThat(desk.locator("main").textContent()).contains("Washington Roebling");
            desk.getByLabel("Exemplary").check();
            desk.getByLabel("Thorough").check();
            desk.getByLabel("Comment").fill("Sound analysis; the safety plan is thorough.");
            Steps.widths(desk, SHOTS, "applications-review");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                    .click();
            desk.getByText("You reviewed this submission.").waitFor();

            String link = Mails.link(mailsTo(expertEmail, m -> Mails.subject(m).contains("asks you to review"))
                    .getFirst());
            Page expert = expertContext.newPage();
            expert.navigate(link);
            expert.getByLabel("Proficient").check();
            expert.getByLabel("Thorough").check();
            expert.getByLabel("Comment").fill("I inspected the caissons myself: the work meets the standard.");
            Steps.widths(expert, SHOTS, "applications-expert");
            expert.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                    .click();
            expert.waitForURL("**/review/thanks");
            assertThat(expert.locator("h1").textContent()).contains("Thank you");

            page.reload();
            assertThat(page.locator("main").textContent()).contains("Approved");
            Steps.widths(page, SHOTS, "applications-approved");
        }

        UUID credential = jdbc.sql("select credential_id from applications where badge_id = :badge")
                .param("badge", badge)
                .query(UUID.class)
                .single();
        Path file = Files.createTempDirectory("review").resolve("credential.json");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/c/" + credential + "/credential.json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        Files.write(file, download.body());
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Laurel())
                .setOut(new PrintWriter(out))
                .execute("verify", "--dev", "--json", file.toString());
        JsonNode report = Json.parse(out.toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(report.get("verified").asBoolean()).isTrue();
        JsonNode endorsements = null;
        for (JsonNode check : report.get("checks")) {
            if (check.get("id").asText().equals("endorsements")) {
                endorsements = check;
            }
        }
        assertThat(endorsements).as(out.toString()).isNotNull();
        assertThat(endorsements.get("status").asText()).isEqualTo("passed");
        assertThat(endorsements.get("message").asText()).contains("2");
        assertThat(Files.readString(file)).contains("Washington Roebling").contains("I inspected the caissons myself");
    }
}
