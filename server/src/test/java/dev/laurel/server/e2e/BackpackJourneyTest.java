package dev.laurel.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.laurel.cli.Laurel;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.key.SigningKey;
import dev.laurel.server.Images;
import dev.laurel.server.Mails;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * The earner's journey in Chromium: claim a credential from the mail into a new account; import one signed with
 * {@code laurel sign} and baked with {@code laurel bake}; put both in a collection; open its public link logged out;
 * check the LinkedIn button's fields; download the ZIP and find the originals byte for byte.
 */
class BackpackJourneyTest extends ServerTest {

    private static final Path SHOTS = Path.of("target/e2e");

    @Autowired
    JdbcClient jdbc;

    private final String base = "http://localhost:" + PORT;

    @Test
    void claimsImportsCollectsSharesAndExports() throws Exception {
        Files.createDirectories(SHOTS);
        Path work = Files.createTempDirectory("journey");
        Path baked = bakedWithTheCommandLine(work);
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Journey University");
        jdbc.sql("update organizations set linkedin_organization_id = '424242' where id = :id")
                .param("id", issuer.organizationId())
                .update();
        String email = uniqueEmail("journey");
        UUID credential = Scenario.issue(issuer, Scenario.badge(issuer, "Field Research", "di"), "Jo Urney", email);
        String claim = Mails.link(mailsTo(email, m -> true).get(0));

        try (Chromium chromium = Chromium.launch()) {
            BrowserContext context = chromium.browser()
                    .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true));
            Page earner = context.newPage();
            earner.navigate(claim);
            earner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an account"))
                    .click();
            earner.getByLabel("Your name").fill("Jo Urney");
            earner.getByLabel("Email").fill(email);
            earner.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("a long journey passphrase");
            earner.getByLabel("Repeat the password").fill("a long journey passphrase");
            earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                    .click();
            // Sign-up answers "check your mail" alike for every address; the new account logs in with its password.
            earner.locator("main")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Log in"))
                    .click();
            earner.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))
                    .fill(email);
            earner.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill("a long journey passphrase");
            earner.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Log in").setExact(true))
                    .click();
            earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into my backpack"))
                    .click();
            assertThat(earner.getByText("is in your backpack")).isVisible();

            earner.navigate(base + "/backpack/import");
            earner.getByLabel("Badge image (PNG or SVG), JSON or JWT file").setInputFiles(baked);
            earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the file"))
                    .click();
            assertThat(earner.getByText("Imported and verified")).isVisible();
            // signed for the fixture's did:example subject, not for this earner: kept, and marked so
            assertThat(earner.locator("#not-issued")).isVisible();
            assertThat(earner.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove from my backpack")))
                    .isVisible();
            Steps.shot(earner, SHOTS, "20-imported");
            earner.setViewportSize(390, 844);
            Steps.shot(earner, SHOTS, "20-imported-390");
            earner.setViewportSize(1280, 720);

            earner.navigate(base + "/backpack/collections");
            earner.getByLabel("Name").fill("Field portfolio");
            earner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create collection"))
                    .click();
            for (String name : new String[] {"Field Research", "Command Line Craft"}) {
                earner.getByLabel("Add to the collection")
                        .selectOption(new SelectOption()
                                .setLabel(name + " — "
                                        + (name.equals("Field Research")
                                                ? "Journey University"
                                                : "Terminal Institute")));
                earner.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Add").setExact(true))
                        .click();
            }
            String link = earner.locator("#collection-link").inputValue();
            assertThat(link).startsWith(base + "/s/");
            Steps.shot(earner, SHOTS, "21-collection");

            Page anyone = chromium.browser().newContext().newPage();
            anyone.navigate(link);
            assertThat(anyone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Field portfolio")))
                    .isVisible();
            assertThat(anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Field Research")))
                    .isVisible();
            assertThat(anyone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Command Line Craft")))
                    .isVisible();
            assertThat(anyone.getByText("Log in").first()).isVisible();
            Steps.shot(anyone, SHOTS, "22-collection-public");

            earner.navigate(base + "/backpack");
            earner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Field Research"))
                    .click();
            String href = earner.locator("#linkedin-profile").getAttribute("href");
            Map<String, String> fields = query(URI.create(href));
            assertThat(URI.create(href).getHost()).isEqualTo("www.linkedin.com");
            assertThat(fields)
                    .containsEntry("startTask", "CERTIFICATION_NAME")
                    .containsEntry("name", "Field Research")
                    .containsEntry("organizationId", "424242")
                    .containsEntry("certUrl", base + "/c/" + credential)
                    .containsEntry("certId", credential.toString())
                    .containsKeys("issueYear", "issueMonth", "expirationYear", "expirationMonth");
            assertThat(earner.locator("#share-static")).containsText("Prefer the live iframe");
            assertThat(earner.locator("#share-embed")).not().containsText("Verified");
            Steps.shot(earner, SHOTS, "23-share");
            earner.setViewportSize(390, 844);
            Steps.shot(earner, SHOTS, "23-share-390");
            earner.setViewportSize(1280, 720);

            Download badge =
                    earner.waitForDownload(() -> earner.locator("#download-png").click());
            String issuedDocument = jdbc.sql("select document from credentials where id = :id")
                    .param("id", credential)
                    .query(String.class)
                    .single();
            assertThat(Baker.unbake(Files.readAllBytes(badge.path())))
                    .isInstanceOfSatisfying(
                            UnbakeResult.Found.class,
                            found -> assertThat(found.payload().text()).isEqualTo(issuedDocument));

            earner.navigate(base + "/backpack");
            Download download = earner.waitForDownload(() -> earner.getByRole(
                            AriaRole.LINK, new Page.GetByRoleOptions().setName("Download everything (ZIP)"))
                    .click());
            Map<String, byte[]> files = unzip(Files.readAllBytes(download.path()));
            String document = jdbc.sql("select document from credentials where id = :id")
                    .param("id", credential)
                    .query(String.class)
                    .single();
            assertThat(files.values())
                    .anySatisfy(bytes -> assertThat(bytes).isEqualTo(Files.readAllBytes(baked)))
                    .anySatisfy(bytes -> assertThat(bytes).isEqualTo(document.getBytes(StandardCharsets.UTF_8)));
            assertThat(files).containsKey("index.json");
        }
    }

    /** keygen, sign and bake with the laurel command line, in-process; returns the baked PNG. */
    private static Path bakedWithTheCommandLine(Path work) throws Exception {
        Path key = work.resolve("key.json");
        assertThat(laurel("keygen", "--out", key.toString())).isZero();
        SigningKey signing = SigningKey.fromMultibase(
                Json.parse(Files.readString(key)).get("secretKeyMultibase").asText());
        ObjectNode credential = (ObjectNode) Json.parse(new String(
                BackpackJourneyTest.class
                        .getResourceAsStream("/verification/valid.json")
                        .readAllBytes(),
                StandardCharsets.UTF_8));
        credential.remove("proof");
        credential.remove("credentialStatus");
        ((ObjectNode) credential.get("issuer"))
                .put("id", signing.publicKey().didKey())
                .put("name", "Terminal Institute");
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).put("name", "Command Line Craft");
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
        return baked;
    }

    private static int laurel(String... args) {
        return new CommandLine(new Laurel()).execute(args);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
