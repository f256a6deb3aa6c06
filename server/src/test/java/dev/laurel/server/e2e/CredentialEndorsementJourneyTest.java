package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.json.Json;
import dev.laurel.server.ApiCalls;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.apikeys.ApiKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * Issue 16's done-when, in Chromium: the earner asks for an endorsement; the endorser reads the mail (GreenMail), opens
 * the link and signs without an account; the earner accepts; the public page shows it; the downloaded credential with
 * its endorsements goes through {@code laurel verify}, the endorsement verified; the endorser withdraws; the report
 * says withdrawn. Screenshots of the request form, the endorser's page, the item page and the public page.
 */
class CredentialEndorsementJourneyTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");
    private static final String COMMENT = "Ada led our field study for a year <and> wrote its methods chapter.\n"
            + "I would hire her again tomorrow.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeys keys;

    private final String base = "http://localhost:" + PORT;

    @Test
    void anEndorserSignsWithoutAnAccountTheEarnerAcceptsAndLaurelVerifyReportsItThenWithdrawn() throws Exception {
        Files.createDirectories(SHOTS);
        ApiCalls issuer = ApiCalls.organization(port, jdbc, keys, "Northfield Institute");
        UUID achievement = issuer.createAchievement("Field Methods", "di");
        Scenario.Person ada = Scenario.signUp(port, jdbc, "Ada Fieldwork");
        UUID credential = issuer.issue(achievement, "Ada Fieldwork", ada.email());
        ada.browser().get("/backpack");
        ada.browser().post("/backpack/" + credential + "/accept", Map.of());
        UUID item = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credential)
                .query(UUID.class)
                .single();
        String endorserEmail = uniqueEmail("grace");

        try (Chromium chromium = Chromium.launch()) {
            Page earner = chromium.browser().newContext().newPage();
            Steps.logIn(earner, base, ada.email());

            earner.navigate(base + "/backpack/items/" + item);
            earner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask for an endorsement"))
                    .click();
            earner.getByLabel("Their name").fill("Grace Hopkins");
            earner.getByLabel("Their email address").fill(endorserEmail);
            earner.getByLabel("Your message to them").fill("Would you endorse the field methods badge?");
            assertThat(earner.getByLabel("Field Methods", new Page.GetByLabelOptions().setExact(false)))
                    .isChecked();
            Steps.widths(earner, SHOTS, "30-endorsement-request");
            earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request"))
                    .click();
            assertThat(earner.getByText("Request sent to Grace Hopkins.")).isVisible();

            String link = Mails.link(mailsTo(endorserEmail, m -> true).getFirst());
            BrowserContext endorserContext = chromium.browser().newContext();
            Page endorser = endorserContext.newPage();
            endorser.navigate(link);
            assertThat(endorser.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Endorse Ada Fieldwork's credential")))
                    .isVisible();
            assertThat(endorser.locator("#identity")).containsText("Laurel signs your endorsement on your behalf");
            assertThat(endorser.getByLabel("Your name")).hasValue("Grace Hopkins");
            endorser.getByLabel("Your role (optional)").fill("Principal Investigator");
            endorser.getByLabel("Your organization (optional)").fill("Coastal Survey Lab");
            endorser.getByLabel("Your endorsement").fill(COMMENT);
            assertThat(endorser.locator("#comment-count"))
                    .hasText(COMMENT.codePointCount(0, COMMENT.length()) + " of 5,000 characters");
            Steps.widths(endorser, SHOTS, "31-endorser-page");
            endorser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the endorsement"))
                    .click();
            assertThat(endorser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endorsement signed")))
                    .isVisible();

            earner.navigate(base + "/backpack/items/" + item);
            assertThat(earner.locator("#endorsements")).containsText("Waiting for your decision");
            earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show on the credential"))
                    .click();
            assertThat(earner.getByText("The endorsement now shows on your credential."))
                    .isVisible();
            assertThat(earner.locator("#endorsements [data-verification=verified]"))
                    .isVisible();
            Steps.widths(earner, SHOTS, "32-item-with-endorsement");

            BrowserContext anyoneContext = chromium.browser()
                    .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
            Page anyone = anyoneContext.newPage();
            anyone.navigate(base + "/c/" + credential);
            assertThat(anyone.locator("#endorsements")).containsText("Grace Hopkins");
            assertThat(anyone.locator("#endorsements")).containsText("Principal Investigator, Coastal Survey Lab");
            assertThat(anyone.locator("#endorsements")).containsText("<and>");
            assertThat(anyone.locator("#endorsements [data-verification=verified]"))
                    .containsText("Verified: signed for Grace Hopkins");
            Steps.widths(anyone, SHOTS, "33-public-with-endorsement");
            Download download = anyone.waitForDownload(() -> anyone.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Download with endorsements"))
                    .click());
            Path bundle = SHOTS.resolve("credential-with-endorsements.json");
            download.saveAs(bundle);

            JsonNode verified = verify(bundle);
            assertThat(verified.get("verified").asBoolean())
                    .as(verified.toString())
                    .isTrue();
            assertThat(endorsementsCheck(verified)).as(verified.toString()).contains("Grace Hopkins");
            JsonNode endorsementAlone = verify(endorsementOf(bundle));
            assertThat(endorsementAlone.get("verified").asBoolean())
                    .as(endorsementAlone.toString())
                    .isTrue();

            String withdraw =
                    Mails.link(mailsTo(endorserEmail, m -> Mails.subject(m).contains("was signed"))
                            .getFirst());
            endorser.navigate(withdraw);
            endorser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw"))
                    .click();
            assertThat(endorser.getByText("Withdrawn. Every verification now reports it withdrawn."))
                    .isVisible();

            JsonNode after = verify(bundle);
            assertThat(endorsementsCheck(after)).as(after.toString()).containsIgnoringCase("withdrawn");
            JsonNode aloneAfter = verify(endorsementOf(bundle));
            assertThat(aloneAfter.get("verified").asBoolean()).isFalse();
            assertThat(aloneAfter.toString()).contains("revoked");

            anyone.navigate(base + "/c/" + credential);
            assertThat(anyone.locator("#endorsements [data-verification=withdrawn]"))
                    .containsText("Withdrawn by Grace Hopkins");
            assertThat(Axe.violations(anyone)).isEmpty();
        }
    }

    @Test
    void anEndorserWithAnAccountSignsWithTheirOwnKeyAndLaurelVerifyResolvesItsDidWeb() throws Exception {
        Files.createDirectories(SHOTS);
        ApiCalls issuer = ApiCalls.organization(port, jdbc, keys, "Eastfield Institute");
        UUID achievement = issuer.createAchievement("Survey Design", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Bea Survey");
        UUID credential = issuer.issue(achievement, "Bea Survey", earner.email());
        earner.browser().get("/backpack");
        earner.browser().post("/backpack/" + credential + "/accept", Map.of());
        UUID item = jdbc.sql("select id from backpack_items where credential_id = :id")
                .param("id", credential)
                .query(UUID.class)
                .single();
        Scenario.Person mentor = Scenario.signUp(port, jdbc, "Nora Mentor");
        String ask = "/backpack/credentials/" + credential + "/endorsements/ask?item=" + item;
        earner.browser().get(ask);
        earner.browser()
                .postForm(
                        ask,
                        java.util.List.of(
                                Map.entry("name", "Nora Mentor"),
                                Map.entry("email", mentor.email()),
                                Map.entry("message", "Would you endorse my survey design?"),
                                Map.entry("credential", credential.toString())));
        String link = Mails.link(mailsTo(mentor.email(), m -> Mails.subject(m).contains("asks you for an endorsement"))
                .getFirst());

        try (Chromium chromium = Chromium.launch()) {
            Page endorser = chromium.browser().newContext().newPage();
            Steps.logIn(endorser, base, mentor.email());
            endorser.navigate(link);
            assertThat(endorser.getByLabel("Sign with my own key", new Page.GetByLabelOptions().setExact(false)))
                    .isChecked();
            endorser.getByLabel("Your endorsement").fill("Bea's survey instruments are careful and well tested.");
            Steps.widths(endorser, SHOTS, "34-endorser-own-key");
            endorser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the endorsement"))
                    .click();
            assertThat(endorser.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Endorsement signed")))
                    .isVisible();
        }

        String json = jdbc.sql("select e.credential_json from endorsements e join credential_endorsements c "
                        + "on c.endorsement_id = e.id where c.credential_id = :c")
                .param("c", credential)
                .query(String.class)
                .single();
        assertThat(Json.parse(json).path("issuer").path("id").asText()).contains(":accounts:");
        JsonNode report = verify(Files.writeString(SHOTS.resolve("own-key-endorsement.json"), json));
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
    }

    /** {@code laurel verify --dev --json}, as a person would run it against this Laurel. */
    private static JsonNode verify(Path file) {
        StringWriter out = new StringWriter();
        new CommandLine(new Laurel())
                .setOut(new PrintWriter(out, true))
                .execute("verify", "--dev", "--json", file.toString());
        return Json.parse(out.toString());
    }

    /** What the report's {@code endorsements} check says, every entry of it. */
    private static String endorsementsCheck(JsonNode report) {
        StringBuilder said = new StringBuilder();
        report.path("checks").forEach(check -> {
            if (check.path("id").asText().equals("endorsements")) {
                said.append(check).append('\n');
            }
        });
        return said.toString();
    }

    private static Path endorsementOf(Path bundle) throws Exception {
        JsonNode endorsement =
                Json.parse(Files.readString(bundle)).get("verifiableCredential").get(1);
        return Files.writeString(SHOTS.resolve("endorsement.json"), Json.writePretty(endorsement));
    }
}
