package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing an Open Badges 2.0 hosted assertion by its URL, from an issuer's site served on 127.0.0.2 — a host the
 * test context trusts ({@code laurel.fetch.trusted-hosts}); every other private address stays refused.
 */
class HostedImportTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    /**
     * The assertion names its BadgeClass by URL and the BadgeClass its issuer by URL: the item takes its name, image,
     * skills and issuer's name from the documents verification fetched, and so does the summary on {@code /verify}.
     */
    @Test
    void importsAHostedAssertionByUrlVerifiedAndKeptByteForByte() throws IOException {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Hosted");
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        String origin = "http://127.0.0.2:" + site.getAddress().getPort();
        String assertion = """
                {
                  "@context": "https://w3id.org/openbadges/v2",
                  "type": "Assertion",
                  "id": "%1$s/assertions/42.json",
                  "recipient": {"type": "email", "hashed": false, "identity": "%2$s"},
                  "badge": "%1$s/badges/robotics.json",
                  "verification": {"type": "hosted"},
                  "issuedOn": "2024-03-01T00:00:00Z"
                }
                """.formatted(origin, earner.email());
        serve(site, "/assertions/42.json", assertion);
        String salt = "deadsea";
        serve(site, "/assertions/43.json", """
                {
                  "@context": "https://w3id.org/openbadges/v2",
                  "type": "Assertion",
                  "id": "%1$s/assertions/43.json",
                  "recipient": {"type": "email", "hashed": true, "salt": "%3$s", "identity": "sha256$%2$s"},
                  "badge": "%1$s/badges/robotics.json",
                  "verification": {"type": "hosted"},
                  "issuedOn": "2024-03-02T00:00:00Z"
                }
                """.formatted(origin, Credentials.sha256(earner.email() + salt), salt));
        serve(site, "/badges/robotics.json", """
                {
                  "@context": "https://w3id.org/openbadges/v2",
                  "type": "BadgeClass",
                  "id": "%1$s/badges/robotics.json",
                  "name": "Hosted Robotics",
                  "description": "For building a robot that climbs stairs.",
                  "image": "%1$s/badges/robotics.png",
                  "criteria": "%1$s/badges/robotics.html",
                  "issuer": "%1$s/issuer.json",
                  "tags": ["robots", "stairs"],
                  "alignment": [{"targetName": "Mechanical design", "targetUrl": "https://skills.example/mech"}]
                }
                """.formatted(origin));
        serve(site, "/issuer.json", """
                {
                  "@context": "https://w3id.org/openbadges/v2",
                  "type": "Issuer",
                  "id": "%1$s/issuer.json",
                  "name": "Old Robotics School",
                  "url": "https://robotics.example",
                  "email": "badges@robotics.example"
                }
                """.formatted(origin));
        site.start();
        try {
            Browser stranger = Scenario.signUp(port, jdbc, "Other Earner").browser();
            stranger.get("/backpack/import");
            assertThat(stranger.post("/backpack/import/url", Map.of("url", origin + "/assertions/missing.json"))
                            .body())
                    .as("a hosted assertion that is not there is refused")
                    .contains("Nothing was imported.");
            UUID borrowed = Earners.importedItem(
                    stranger.post("/backpack/import/url", Map.of("url", origin + "/assertions/42.json")));
            assertThat(stranger.get("/backpack/items/" + borrowed).body())
                    .as("an assertion to another address is kept, marked")
                    .contains("Not issued to you");
            Browser browser = earner.browser();
            browser.get("/backpack/import");
            Browser.Page page = browser.post("/backpack/import/url", Map.of("url", origin + "/assertions/42.json"));
            UUID item = Earners.importedItem(page);
            assertThat(browser.get("/backpack/items/" + item).body())
                    .contains("Imported from " + origin + "/assertions/42.json")
                    .doesNotContain("Not issued to you");
            UUID hashed = Earners.importedItem(
                    browser.post("/backpack/import/url", Map.of("url", origin + "/assertions/43.json")));
            assertThat(browser.get("/backpack/items/" + hashed).body())
                    .as("an assertion to the earner's address hashed with a salt is theirs")
                    .doesNotContain("Not issued to you");
            var original = browser.raw(HttpRequest.newBuilder(browser.uri("/backpack/items/" + item + "/original")));
            assertThat(original.statusCode()).isEqualTo(200);
            assertThat(new String(original.body(), StandardCharsets.UTF_8)).isEqualTo(assertion);
            assertThat(jdbc.sql("select source from backpack_items where id = :id")
                            .param("id", item)
                            .query(String.class)
                            .single())
                    .isEqualTo(origin + "/assertions/42.json");
            var facts = jdbc.sql(
                            "select name, issuer_name, issuer_id, image_url, array_to_string(skills, '|') as skills, "
                                    + "array_to_string(tags, '|') as tags"
                                    + " from backpack_items where id = :id")
                    .param("id", item)
                    .query()
                    .singleRow();
            assertThat(facts)
                    .as("read from the BadgeClass and issuer Profile the assertion names by URL")
                    .containsEntry("name", "Hosted Robotics")
                    .containsEntry("issuer_name", "Old Robotics School")
                    .containsEntry("issuer_id", origin + "/issuer.json")
                    .containsEntry("image_url", origin + "/badges/robotics.png")
                    .containsEntry("skills", "Mechanical design")
                    .containsEntry("tags", "robots|stairs");
            assertThat(browser.get("/backpack").body())
                    .contains("Hosted Robotics")
                    .contains("Old Robotics School")
                    .doesNotContain(">Credential<");
            assertThat(browser.get("/backpack/items/" + item).body())
                    .contains("Hosted Robotics")
                    .contains("Old Robotics School");
            Browser verifier = new Browser(port);
            verifier.get("/verify");
            String verified =
                    verifier.post("/verify", Map.of("credential", assertion)).body();
            assertThat(verified)
                    .as("/verify names the badge and its issuer from the linked documents")
                    .contains("<dd>Hosted Robotics</dd>")
                    .contains("<span>Old Robotics School</span>");
        } finally {
            site.stop(0);
        }
    }

    private static void serve(HttpServer site, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        site.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
