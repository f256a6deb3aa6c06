package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.issuing.IssuedCredential;
import dev.laurel.server.issuing.IssuedCredentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * Pathways in Chromium, the issue's "done when": an issuer builds a three-level pathway in the builder (Bronze inside
 * Silver inside the Gold goal), one of whose steps is a badge of another issuer — signed with {@code laurel sign} and
 * baked with {@code laurel bake} under a did:key; issues the other requirements; the earner imports the baked badge
 * into their backpack; Bronze, Silver and Gold are awarded by themselves, Gold citing every credential that earned it.
 * Then the preview and the earners page (CSV, a cohort enrolled all or nothing), deleting refused, and a revoked
 * requirement seen in the preview while the goal stays. Shots in target/screenshots/pathways, axe-checked.
 */
class PathwayJourneyTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/screenshots/pathways");
    private static final String OTHER_ISSUER = "Terminal Institute";
    private static final String IMPORTED = "Command Line Craft";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IssuedCredentials credentials;

    private final String base = "http://localhost:" + PORT;

    @Test
    void buildsAThreeLevelPathwayWhoseMilestonesAreAwardedByThemselvesCountingAnImportedBadge() throws Exception {
        Files.createDirectories(SHOTS);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Harbour Safety Institute");
        UUID basics = Scenario.badge(issuer, "Safety Basics", "di");
        UUID induction = Scenario.badge(issuer, "Site Induction", "di");
        UUID supervision = Scenario.badge(issuer, "Supervision", "di");
        UUID bronze = Scenario.badge(issuer, "Bronze Safety", "di");
        UUID silver = Scenario.badge(issuer, "Silver Safety", "di");
        UUID gold = Scenario.badge(issuer, "Gold Safety", "di");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Wen Li");
        Path work = Files.createTempDirectory("pathway");
        Baked baked = bakedWithTheCommandLine(work, earner.email());
        String org = base + "/organizations/" + issuer.organizationId();

        try (Chromium chromium = Chromium.launch();
                BrowserContext issuerContext = chromium.browser()
                        .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
                BrowserContext earnerContext = chromium.browser().newContext()) {
            Page desk =
                    Steps.logIn(issuerContext.newPage(), base, issuer.owner().email());
            desk.navigate(org);
            desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pathways"))
                    .click();
            assertThat(desk.getByText("No pathways yet.")).isVisible();
            Steps.widths(desk, SHOTS, "01-list-empty");
            desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New pathway"))
                    .click();

            // Saved empty: refused next to the tree, not a 500.
            desk.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Site Safety");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the pathway"))
                    .click();
            assertThat(desk.locator("li.step.root.invalid .field-error")).containsText("non-empty list");
            Axe.require(desk);

            desk.getByLabel("Description").fill("From the basics to supervising a site: three levels.");
            desk.getByLabel("Goal badge").selectOption(gold.toString());
            // Gold (the goal) = all of [Silver = all of [Bronze = all of [Safety Basics, Command Line Craft],
            // Site Induction], Supervision]
            group(desk, "The whole pathway")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a group"))
                    .click();
            step(desk, "Group").locator("[data-field=milestone]").first().selectOption(silver.toString());
            group(desk, "Silver Safety")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a group"))
                    .click();
            step(desk, "Group").locator("[data-field=milestone]").first().selectOption(bronze.toString());
            addIssuerBadge(desk, "Bronze Safety", baked.did(), IMPORTED);
            addOwnBadge(desk, "Bronze Safety", "basics", "Safety Basics");
            // keyboard reorder: Safety Basics first
            desk.getByRole(AriaRole.BUTTON, name("Move up: Safety Basics")).click();
            addOwnBadge(desk, "Silver Safety", "induct", "Site Induction");
            addOwnBadge(desk, "The whole pathway", "superv", "Supervision");
            // Supervision went in last; dragged above Silver it is first, then dropped back below it.
            desk.setViewportSize(1280, 2400); // both ends of each drag in view: a scroll mid-drag moves its start
            step(desk, "Badge: Supervision")
                    .dragTo(
                            step(desk, "Silver Safety").locator(":scope > .step-head"),
                            new Locator.DragToOptions().setTargetPosition(40, 3));
            assertThat(desk.locator("li.step.root > ol.steps > li").first())
                    .hasAttribute("data-step-id", stepId(desk, "Badge: Supervision"));
            step(desk, "Badge: Supervision").dragTo(group(desk, "Silver Safety"));
            assertThat(desk.locator("li.step.root > ol.steps > li").last())
                    .hasAttribute("data-step-id", stepId(desk, "Badge: Supervision"));
            desk.setViewportSize(1280, 800);
            Steps.widths(desk, SHOTS, "02-builder");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the pathway"))
                    .click();
            assertThat(desk.locator(".flash")).hasText("The pathway was saved.");
            UUID pathway = UUID.fromString(desk.url().substring(desk.url().lastIndexOf('/') + 1));
            JsonNode steps = Json.parse(jdbc.sql("select steps::text from pathways where id = :id")
                    .param("id", pathway)
                    .query(String.class)
                    .single());
            JsonNode silverStep = steps.path("all").path(0);
            assertThat(silverStep.path("milestone").asText()).isEqualTo(silver.toString());
            JsonNode bronzeStep = silverStep.path("all").path(0);
            assertThat(bronzeStep.path("milestone").asText()).isEqualTo(bronze.toString());
            assertThat(bronzeStep.path("all").path(0).path("achievement").asText())
                    .isEqualTo(basics.toString());
            assertThat(bronzeStep.path("all").path(1).path("issuer").asText()).isEqualTo(baked.did());
            assertThat(bronzeStep.path("all").path(1).path("name").asText()).isEqualTo(IMPORTED);
            assertThat(silverStep.path("all").path(1).path("achievement").asText())
                    .isEqualTo(induction.toString());
            assertThat(steps.path("all").path(1).path("achievement").asText()).isEqualTo(supervision.toString());
            assertThat(step(desk, "Bronze Safety")).isVisible();
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish"))
                    .click();
            assertThat(desk.locator(".flash")).containsText("Published");
            Steps.widths(desk, SHOTS, "03-builder-saved");

            // The issuer issues their three badges; nothing is awarded while the imported one is missing.
            List<UUID> issued = new ArrayList<>();
            for (UUID badge : List.of(basics, induction, supervision)) {
                issued.add(Scenario.issue(issuer, badge, "Wen Li", earner.email()));
            }
            Thread.sleep(1500);
            assertThat(held(earner.email(), bronze)).isEmpty();

            // The earner imports the badge signed and baked with the command line.
            Page person = Steps.logIn(earnerContext.newPage(), base, earner.email());
            person.navigate(base + "/backpack/import");
            person.getByLabel("Badge image (PNG or SVG), JSON or JWT file").setInputFiles(baked.png());
            person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the file"))
                    .click();
            assertThat(person.getByText("Imported and verified: it is in your backpack."))
                    .isVisible();

            await(() -> !held(earner.email(), gold).isEmpty()
                    && !held(earner.email(), silver).isEmpty()
                    && !held(earner.email(), bronze).isEmpty());
            assertThat(held(earner.email(), bronze)).hasSize(1);
            assertThat(held(earner.email(), silver)).hasSize(1);
            IssuedCredential goal = held(earner.email(), gold).getFirst();
            List<String> evidence = new ArrayList<>();
            Json.parse(goal.document())
                    .path("evidence")
                    .forEach(e -> evidence.add(e.path("name").asText()));
            assertThat(evidence).contains(IMPORTED, "Safety Basics", "Site Induction", "Supervision");

            // The goal's public page lists its evidence, the imported badge from the other issuer among it.
            Page anyone = earnerContext.newPage();
            anyone.navigate(base + "/c/" + goal.id().value());
            assertThat(anyone.locator("main")).containsText("Gold Safety");
            assertThat(anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(IMPORTED)))
                    .isVisible();
            assertThat(anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safety Basics")))
                    .isVisible();
            Steps.widths(anyone, SHOTS, "04-goal-evidence");

            // The preview: every step done, with what met it.
            desk.navigate(org + "/pathways/" + pathway + "/preview");
            desk.getByLabel("Earner's email").fill(earner.email());
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                    .click();
            assertThat(desk.locator(".progress-steps > li")).hasCount(7);
            assertThat(desk.locator(".progress-steps > li[data-state=done]")).hasCount(7);
            assertThat(desk.locator(".progress-steps")).containsText(IMPORTED + " from " + OTHER_ISSUER);
            assertThat(desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the goal credential")))
                    .isVisible();
            Steps.widths(desk, SHOTS, "05-preview");

            // The earners page: counts per step, the earner at 100 % with the goal, the CSV.
            desk.navigate(org + "/pathways/" + pathway + "/earners");
            assertThat(desk.locator("table.earners")).containsText(earner.email());
            assertThat(desk.locator("table.earners")).containsText("100%");
            assertThat(desk.locator("table.earners")
                            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Awarded")))
                    .isVisible();
            Download csv = desk.waitForDownload(
                    () -> desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as CSV"))
                            .click());
            String exported = Files.readString(csv.path());
            assertThat(exported).startsWith("email,percent,completed,completed_at,enrolled,joined,goal_credential");
            assertThat(exported)
                    .contains(earner.email() + ",100,true,")
                    .contains("/c/" + goal.id().value());

            // A cohort: one bad row refuses the whole file; corrected, both are enrolled.
            String ana = uniqueEmail("ana");
            String ben = uniqueEmail("ben");
            desk.getByLabel("CSV file")
                    .setInputFiles(csvFile("name,email\nAna,%s\nBen,ben-at-example\n".formatted(ana)));
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enroll"))
                    .click();
            assertThat(desk.locator("#enroll-errors")).containsText("Row 3");
            assertThat(desk.locator("#enroll-errors")).containsText("ben-at-example");
            assertThat(desk.locator("table.earners")).not().containsText(ana);
            desk.getByLabel("CSV file").setInputFiles(csvFile("name,email\nAna,%s\nBen,%s\n".formatted(ana, ben)));
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enroll"))
                    .click();
            assertThat(desk.locator(".flash")).containsText("2 enrolled");
            assertThat(desk.locator("table.earners")).containsText(ana);
            Steps.widths(desk, SHOTS, "06-earners");

            // Deleting is refused politely once milestones were awarded.
            desk.navigate(org + "/pathways/" + pathway);
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete the pathway"))
                    .click();
            assertThat(desk.locator(".flash.error")).containsText("Unpublish it instead");

            // Revoking a requirement: the pathway does not require current credentials, so Gold stays; the preview
            // shows the step to do again.
            desk.navigate(org + "/credentials/" + issued.get(2));
            desk.getByLabel("Reason for revoking").fill("Issued in error");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke for good"))
                    .click();
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, revoke for good"))
                    .click();
            assertThat(desk.getByText("Revoked. Every verification now reports it."))
                    .isVisible();
            desk.navigate(org + "/pathways/" + pathway + "/preview?email="
                    + java.net.URLEncoder.encode(earner.email(), StandardCharsets.UTF_8));
            assertThat(desk.locator(".progress-steps > li[data-state=to-do]")).containsText("Supervision");
            assertThat(credentials.find(goal.id()).orElseThrow().state().name()).isEqualTo("ACTIVE");

            // The list: published, one earner completed.
            desk.navigate(org + "/pathways");
            assertThat(desk.locator("table.pathway-list")).containsText("Published");
            Steps.widths(desk, SHOTS, "07-list");
        }
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** A step of the builder's tree by its accessible name (a group's: its milestone's name). */
    private static Locator step(Page page, String label) {
        return page.locator("li.step[aria-label=\"" + label + "\"]").last();
    }

    private static String stepId(Page page, String label) {
        return step(page, label).getAttribute("data-step-id");
    }

    /** A group's own controls: its head, settings and add buttons, not its steps'. */
    private static Locator group(Page page, String label) {
        return page.locator("li.step[aria-label=\"" + label + "\"] > .group-add");
    }

    private static void addOwnBadge(Page page, String group, String search, String badge) {
        group(page, group)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a requirement"))
                .click();
        page.getByLabel("What counts").selectOption("achievement");
        page.getByLabel("Search this organization's badges").fill(search);
        page.getByRole(AriaRole.BUTTON, name("Add " + badge)).click();
        assertThat(step(page, "Badge: " + badge)).isVisible();
    }

    private static void addIssuerBadge(Page page, String group, String did, String badge) {
        group(page, group)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a requirement"))
                .click();
        page.getByLabel("What counts").selectOption("issuer");
        page.getByLabel("Issuer (DID or URL)").fill(did);
        page.getByLabel("Badge name").fill(badge);
        page.locator("#add-requirement")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Add").setExact(true))
                .click();
        assertThat(step(page, "Issuer's badge: " + badge + " from " + did)).isVisible();
    }

    private static FilePayload csvFile(String text) {
        return new FilePayload("cohort.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<IssuedCredential> held(String email, UUID badge) {
        return credentials.toRecipient(email).stream()
                .filter(c -> c.badgeId().value().equals(badge))
                .toList();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not awarded within a minute");
            }
            Thread.sleep(200);
        }
    }

    /** The baked PNG and its issuer's did:key. */
    record Baked(Path png, String did) {}

    /** keygen, sign and bake with the laurel command line, in-process, a badge from another issuer to {@code email}. */
    private static Baked bakedWithTheCommandLine(Path work, String email) throws Exception {
        Path key = work.resolve("key.json");
        assertThat(laurel("keygen", "--out", key.toString())).isZero();
        SigningKey signing = SigningKey.fromMultibase(
                Json.parse(Files.readString(key)).get("secretKeyMultibase").asText());
        ObjectNode credential = (ObjectNode) Json.parse(new String(
                PathwayJourneyTest.class
                        .getResourceAsStream("/verification/valid.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8));
        credential.remove("proof");
        credential.remove("credentialStatus");
        // an https id: the public page links evidence by its id, and lists only ids it can link (not urn:uuid)
        credential.put("id", "https://terminal.example/credentials/" + UUID.randomUUID());
        String did = signing.publicKey().didKey();
        ((ObjectNode) credential.get("issuer")).put("id", did).put("name", OTHER_ISSUER);
        ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
        subject.put("id", "mailto:" + email);
        ((ObjectNode) subject.get("achievement"))
                .put("id", "https://terminal.example/achievements/command-line-craft")
                .put("name", IMPORTED);
        Path unsigned = Files.writeString(work.resolve("credential.json"), Json.writePretty(credential));
        StringWriter out = new StringWriter();
        int signed = new CommandLine(new Laurel())
                .setOut(new PrintWriter(out, true))
                .execute("sign", "--key", key.toString(), unsigned.toString());
        assertThat(signed).isZero();
        Path signedFile = Files.writeString(work.resolve("signed.json"), out.toString());
        Path image = Files.write(work.resolve("badge.png"), Images.png(96, 96));
        Path baked = work.resolve("baked.png");
        assertThat(laurel(
                        "bake",
                        "--image",
                        image.toString(),
                        "--credential",
                        signedFile.toString(),
                        "--out",
                        baked.toString()))
                .isZero();
        return new Baked(baked, did);
    }

    private static int laurel(String... args) {
        return new CommandLine(new Laurel()).execute(args);
    }
}
