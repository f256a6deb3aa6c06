package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing an Open Badges 1.0 hosted assertion of the Mozilla Backpack era — no {@code @context}, the recipient a
 * salted hash string, issuedOn in Unix seconds, a BadgeClass and issuer without ids — read as Open Badges 2.0, from an
 * issuer's site served on 127.0.0.2.
 */
class OpenBadges1ImportTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAnOpenBadges10AssertionUpgradedTo20AsTheEarners() throws IOException {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Legacy");
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        String origin = "http://127.0.0.2:" + site.getAddress().getPort();
        String salt = "deadsea";
        serve(site, "/assertions/7.json", """
                {
                  "uid": "7",
                  "recipient": "sha256$%2$s",
                  "salt": "%3$s",
                  "badge": "%1$s/badges/robotics.json",
                  "verify": {"type": "hosted", "url": "%1$s/assertions/7.json"},
                  "issuedOn": 1359217910
                }
                """.formatted(origin, Credentials.sha256(earner.email() + salt), salt));
        serve(site, "/badges/robotics.json", """
                {
                  "name": "Legacy Robotics",
                  "description": "For a robot built in 2013.",
                  "image": "%1$s/badges/robotics.png",
                  "criteria": "%1$s/badges/robotics.html",
                  "issuer": "%1$s/issuer.json"
                }
                """.formatted(origin));
        serve(site, "/issuer.json", """
                {"name": "Old Backpack School", "url": "https://backpack.example", "email": "badges@backpack.example"}
                """);
        site.start();
        try {
            Browser browser = earner.browser();
            browser.get("/backpack/import");
            UUID item = Earners.importedItem(
                    browser.post("/backpack/import/url", Map.of("url", origin + "/assertions/7.json")));
            assertThat(browser.get("/backpack/items/" + item).body())
                    .as("the 1.0 hashed recipient is the earner's address")
                    .contains("Legacy Robotics")
                    .doesNotContain("Not issued to you");
            var facts = jdbc.sql("select name, issuer_name, issuer_id from backpack_items where id = :id")
                    .param("id", item)
                    .query()
                    .singleRow();
            assertThat(facts)
                    .containsEntry("name", "Legacy Robotics")
                    .containsEntry("issuer_name", "Old Backpack School")
                    .containsEntry("issuer_id", origin + "/issuer.json");
        } finally {
            site.stop(0);
        }
    }

    private static void serve(HttpServer site, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        site.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
