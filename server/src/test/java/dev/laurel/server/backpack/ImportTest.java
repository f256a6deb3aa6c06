package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.server.Browser;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ImportTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsBakedImagesJsonAndJwtAndGivesBackTheVeryBytes() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ida Importer");
        record Upload(String file, String type, byte[] bytes, String name) {}
        for (Upload upload : new Upload[] {
            new Upload("baked.png", "image/png", Credentials.png("Imported PNG", earner.email()), "Imported PNG"),
            new Upload("baked.svg", "image/svg+xml", Credentials.svg("Imported SVG", earner.email()), "Imported SVG"),
            new Upload(
                    "credential.json",
                    "application/json",
                    Credentials.json("Imported JSON", earner.email(), false),
                    "Imported JSON"),
            new Upload("credential.jwt", "text/plain", Credentials.jwt("Imported JWT", earner.email()), "Imported JWT"),
            new Upload(
                    "credential-vc11.json",
                    "application/json",
                    Credentials.vc11Json("Imported VC 1.1", earner.email()),
                    "Imported VC 1.1")
        }) {
            Browser.Page page = Earners.importFile(earner.browser(), upload.file(), upload.type(), upload.bytes());
            UUID item = Earners.importedItem(page);
            assertThat(page.body())
                    .contains("Imported and verified: it is in your backpack.")
                    .contains(upload.name())
                    .contains("Issued by Elsewhere Academy")
                    .contains("Imported from " + upload.file());
            var original = earner.browser()
                    .raw(HttpRequest.newBuilder(earner.browser().uri("/backpack/items/" + item + "/original")));
            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(original.body()).as(upload.file()).isEqualTo(upload.bytes());
            Browser anyone = new Browser(port);
            assertThat(anyone.get("/i/" + item).body())
                    .contains(upload.name())
                    .contains("Verified when it was imported")
                    .contains("property=\"og:image\"");
            var image = anyone.raw(HttpRequest.newBuilder(anyone.uri("/i/" + item + "/image")));
            assertThat(image.statusCode()).isIn(200, 302);
        }
        assertThat(Earners.items(jdbc, earner.email())).isEqualTo(5);
        Browser.Page again = Earners.importFile(
                earner.browser(), "again.json", "application/json", Credentials.fixture("valid.json"));
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void importsACredentialByTheUrlOfItsPublicPage() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Linked University");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Linked Data", "di"), "Tim Linked", uniqueEmail("tim"));
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Tim Linked");
        earner.browser().get("/backpack/import");
        Browser.Page page = earner.browser()
                .post("/backpack/import/url", Map.of("url", "http://localhost:" + PORT + "/c/" + credential));
        UUID item = Earners.importedItem(page);
        assertThat(page.body()).contains("Linked Data").contains("Linked University");
        var original = earner.browser()
                .raw(HttpRequest.newBuilder(earner.browser().uri("/backpack/items/" + item + "/original")));
        String document = jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();
        assertThat(original.body()).isEqualTo(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCredentialItsEarnerMadePrivateCannotBeImportedByAnotherEarnerFromItsPageUrl() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Private University");
        Scenario.Person owner = Scenario.signUp(port, jdbc, "Priv Ate");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Discretion", "di"), owner.name(), owner.email());
        UUID item = Earners.accept(owner, credential, jdbc);
        owner.browser().post("/backpack/items/" + item + "/visibility", Map.of("visibility", "private"));
        String url = "http://localhost:" + PORT + "/c/" + credential;
        assertThat(new Browser(port).get("/c/" + credential).status()).isEqualTo(404);

        Scenario.Person other = Scenario.signUp(port, jdbc, "Nosy Parker");
        other.browser().get("/backpack/import");
        assertRefused(
                other.browser().post("/backpack/import/url", Map.of("url", url)),
                "import.fetch-failed",
                "The credential could not be fetched from that address.");
        assertThat(Earners.items(jdbc, other.email())).isZero();

        owner.browser().post("/backpack/items/" + item + "/visibility", Map.of("visibility", "public"));
        UUID imported = Earners.importedItem(other.browser().post("/backpack/import/url", Map.of("url", url)));
        assertThat(imported).isNotNull();
    }

    @Test
    void refusesWhatIsNotACredentialWithAClearMessageAndImportsNothing() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Bad Importer");
        Browser browser = earner.browser();

        assertRefused(
                Earners.importFile(browser, "notes.txt", "text/plain", "hello, world".getBytes(StandardCharsets.UTF_8)),
                "import.not-a-credential",
                "This file is not a credential");
        assertRefused(
                Earners.importFile(browser, "photo.gif", "image/gif", Images.gif(8, 8)),
                "import.not-a-credential",
                "This file is not a credential");
        assertRefused(
                Earners.importFile(browser, "plain.png", "image/png", Images.png(32, 32)),
                "import.no-credential-in-image",
                "This image carries no credential");
        assertRefused(
                Earners.importFile(browser, "plain.svg", "image/svg+xml", Images.svg(32, 32)),
                "import.no-credential-in-image",
                "This image carries no credential");
        byte[] notUtf8 = "{\"name\": \"Teamwork ? Badge\"}".getBytes(StandardCharsets.UTF_8);
        notUtf8[19] = (byte) 0xFF;
        Browser.Page notText = Earners.importFile(browser, "badge.json", "application/json", notUtf8);
        assertRefused(notText, "import.not-a-credential", "This file is not a credential");
        assertThat(notText.body()).contains("not valid UTF-8");
        Browser.Page tampered =
                Earners.importFile(browser, "tampered.json", "application/json", Credentials.tampered("Teamwork"));
        assertRefused(tampered, "import.not-verified", "This credential did not verify");
        assertThat(tampered.body()).contains("<code>proof</code>");
        assertRefused(
                Earners.importFile(browser, "empty.json", "application/json", new byte[0]),
                "import.empty",
                "The file is empty");

        browser.get("/backpack/import");
        Browser.Page loopback =
                browser.post("/backpack/import/url", Map.of("url", "http://127.0.0.1:9/assertion.json"));
        assertRefused(loopback, "import.fetch-failed", "could not be fetched");
        assertThat(loopback.body()).contains("refused to fetch http://127.0.0.1:9/assertion.json");
        assertRefused(
                browser.post("/backpack/import/url", Map.of("url", "http://10.0.0.8/badge.json")),
                "import.fetch-failed",
                "could not be fetched");
        assertRefused(
                browser.post("/backpack/import/url", Map.of("url", "ftp://example.org/badge.json")),
                "import.bad-url",
                "That is not a web address");
        assertThat(Earners.items(jdbc, earner.email())).isZero();
    }

    private static void assertRefused(Browser.Page page, String code, String message) {
        assertThat(page.status()).as(code).isEqualTo(422);
        assertThat(page.body())
                .contains("data-problem=\"" + code + "\"")
                .contains(message)
                .contains("Nothing was imported.");
    }
}
