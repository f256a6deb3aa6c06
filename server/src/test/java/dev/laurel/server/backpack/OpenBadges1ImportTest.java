package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.laurel.credentials.bake.BadgePayload;
import dev.laurel.credentials.bake.BakeResult;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.server.Browser;
import dev.laurel.server.Images;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing Open Badges assertions of the Mozilla Backpack era, read as Open Badges 2.0, from an issuer's site served
 * on 127.0.0.2: a hosted 1.0 one — no {@code @context}, the recipient a salted hash string, issuedOn in Unix seconds, a
 * BadgeClass and issuer without ids —, a signed 1.0 one baked in a PNG (a JWS under the PEM key at its verify url), and
 * a hosted 0.5 one baked as its URL (the BadgeClass and issuer embedded).
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

    @Test
    void importsASignedOpenBadges10AssertionBakedInAPng() throws IOException, GeneralSecurityException {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Signed");
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        String origin = "http://127.0.0.2:" + site.getAddress().getPort();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        serve(
                site,
                "/signed/public-key.pem",
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        serve(site, "/signed/badge.json", """
                {
                  "name": "Signed Soldering",
                  "description": "For a circuit board soldered in 2013.",
                  "image": "%1$s/signed/badge.png",
                  "criteria": "%1$s/signed/criteria.html",
                  "issuer": "%1$s/signed/issuer.json"
                }
                """.formatted(origin));
        serve(site, "/signed/issuer.json", """
                {"name": "Old Signing School", "url": "%1$s", "email": "badges@backpack.example",
                 "revocationList": "%1$s/signed/revocations.json"}
                """.formatted(origin));
        serve(site, "/signed/revocations.json", """
                {"another-uid": "Issued in error"}
                """);
        String salt = "seasalt";
        String payload = """
                {"uid": "signed-7", "recipient": "sha256$%2$s", "salt": "%3$s", "badge": "%1$s/signed/badge.json",
                 "verify": {"type": "signed", "url": "%1$s/signed/public-key.pem"}, "issuedOn": 1359217910}
                """.formatted(origin, Credentials.sha256(earner.email() + salt), salt);
        byte[] png = baked(rs256(payload, key.getPrivate()));
        site.start();
        try {
            UUID item = Earners.importedItem(Earners.importFile(earner.browser(), "signed.png", "image/png", png));
            assertThat(earner.browser().get("/backpack/items/" + item).body())
                    .contains("Signed Soldering")
                    .doesNotContain("Not issued to you");
            assertThat(facts(item))
                    .containsEntry("name", "Signed Soldering")
                    .containsEntry("issuer_name", "Old Signing School")
                    .containsEntry("issuer_id", origin + "/signed/issuer.json");
        } finally {
            site.stop(0);
        }
    }

    @Test
    void importsAnOpenBadges05AssertionBakedAsItsUrl() throws IOException {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Ada Early");
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        String origin = "http://127.0.0.2:" + site.getAddress().getPort();
        String salt = "pepper";
        serve(site, "/v05/assertion.json", """
                {
                  "recipient": "sha256$%2$s",
                  "salt": "%3$s",
                  "issued_on": "2012-06-01",
                  "badge": {
                    "version": "0.5.0",
                    "name": "HTML5 Fundamentals",
                    "image": "/images/html5.png",
                    "description": "Knows a section from an article.",
                    "criteria": "/badges/html5.html",
                    "issuer": {"origin": "%1$s", "name": "Old Backpack School", "org": "School of Webcraft",
                               "contact": "badges@backpack.example"}
                  }
                }
                """.formatted(origin, Credentials.sha256(earner.email() + salt), salt));
        byte[] png = baked(origin + "/v05/assertion.json");
        site.start();
        try {
            UUID item = Earners.importedItem(Earners.importFile(earner.browser(), "early.png", "image/png", png));
            assertThat(earner.browser().get("/backpack/items/" + item).body())
                    .contains("HTML5 Fundamentals")
                    .doesNotContain("Not issued to you");
            assertThat(facts(item))
                    .containsEntry("name", "HTML5 Fundamentals")
                    .containsEntry("issuer_name", "Old Backpack School: School of Webcraft")
                    .containsEntry("issuer_id", origin);
        } finally {
            site.stop(0);
        }
    }

    private Map<String, Object> facts(UUID item) {
        return jdbc.sql("select name, issuer_name, issuer_id from backpack_items where id = :id")
                .param("id", item)
                .query()
                .singleRow();
    }

    /** A PNG with {@code assertion} (JSON, a URL or a JWS) baked in it as an Open Badges 2.0 assertion. */
    private static byte[] baked(String assertion) {
        return switch (Baker.bake(Images.png(64, 64), BadgePayload.assertion(assertion))) {
            case BakeResult.Baked baked -> baked.image();
            case BakeResult.Refused refused -> throw new IllegalStateException(refused.message());
        };
    }

    /** A compact JWS of {@code payload}, RS256. */
    private static String rs256(String payload, PrivateKey key) throws GeneralSecurityException {
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String input = base64url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64url.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64url.encodeToString(signature.sign());
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
