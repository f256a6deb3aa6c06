package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.credentials.schema.CredentialSchema;
import dev.laurel.credentials.schema.SchemaValidator;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.verification.CredentialVerification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CollectionsTest extends ServerTest {

    /** SHA-256 of 1EdTech's CLR 2.0 ClrCredential JSON Schema, as published (spec/schemas/clr_v2p0). */
    static final String CLR_SCHEMA_SHA256 = "59d778659204b0bd593e9e2ab1683fb6f688e339885c44019f606ed6feb4caee";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CredentialVerification verification;

    @Test
    void aCollectionKeepsItsOrderAndItsLinkShowsWhatIsNotPrivate() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Collecting College");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Col Lector");
        UUID first = Earners.accept(
                earner,
                Scenario.issue(issuer, Scenario.badge(issuer, "First Badge", "di"), earner.name(), earner.email()),
                jdbc);
        UUID second = Earners.importedItem(
                Earners.importFile(earner.browser(), "second.png", "image/png", Credentials.png("Second Badge")));
        UUID collection = collection(earner, "My portfolio", first, second);

        String shown = new Browser(port).get("/s/" + collection).body();
        assertThat(shown)
                .contains("My portfolio")
                .contains("<title>My portfolio · Laurel</title>")
                .contains("<meta property=\"og:title\" content=\"My portfolio\">")
                .contains("<meta property=\"og:image\" content=\"http://localhost:" + PORT + "/badges/");
        assertThat(shown.indexOf("First Badge")).isPositive().isLessThan(shown.indexOf("Second Badge"));

        Browser browser = earner.browser();
        browser.get("/backpack/collections/" + collection);
        browser.post("/backpack/collections/" + collection + "/items/" + second + "/move", Map.of("direction", "up"));
        String moved = new Browser(port).get("/s/" + collection).body();
        assertThat(moved.indexOf("Second Badge")).isLessThan(moved.indexOf("First Badge"));

        browser.post("/backpack/items/" + second + "/visibility", Map.of("visibility", "private"));
        assertThat(new Browser(port).get("/s/" + collection).body())
                .contains("First Badge")
                .doesNotContain("Second Badge");
        assertThat(new Browser(port).get("/s/" + UUID.randomUUID()).status()).isEqualTo(404);
        Scenario.Person stranger = Scenario.signUp(port, jdbc, "Col Stranger");
        assertThat(stranger.browser().get("/backpack/collections/" + collection).status())
                .isEqualTo(404);
    }

    @Test
    void aPublishedProfileListsOnlyPublicCredentials() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Profile Polytechnic");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Pro File");
        UUID shown = Earners.accept(
                earner,
                Scenario.issue(issuer, Scenario.badge(issuer, "Shown Badge", "di"), earner.name(), earner.email()),
                jdbc);
        Earners.accept(
                earner,
                Scenario.issue(issuer, Scenario.badge(issuer, "Unlisted Badge", "di"), earner.name(), earner.email()),
                jdbc);
        Browser browser = earner.browser();
        browser.post("/backpack/items/" + shown + "/visibility", Map.of("visibility", "public"));
        String handle = "pro-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get("/backpack/profile");
        browser.post(
                "/backpack/profile",
                Map.of("handle", handle, "displayName", "Pro File", "bio", "Learns things.", "published", "false"));
        assertThat(new Browser(port).get("/u/" + handle).status())
                .as("not published yet")
                .isEqualTo(404);
        Browser.Page saved = browser.post(
                "/backpack/profile",
                Map.of("handle", handle, "displayName", "Pro File", "bio", "Learns things.", "published", "true"));
        assertThat(saved.body()).contains("Profile saved.");
        String profile = new Browser(port).get("/u/" + handle).body();
        assertThat(profile).contains("Pro File").contains("Learns things.").contains("Shown Badge");
        assertThat(profile)
                .contains("<title>Pro File · Laurel</title>")
                .contains("<meta property=\"og:description\" content=\"Learns things.\">")
                .contains("<meta name=\"twitter:title\" content=\"Pro File\">");
        assertThat(profile).doesNotContain("Unlisted Badge");

        Scenario.Person other = Scenario.signUp(port, jdbc, "Handle Thief");
        other.browser().get("/backpack/profile");
        assertThat(other.browser()
                        .post(
                                "/backpack/profile",
                                Map.of("handle", handle.toUpperCase(), "displayName", "Thief", "published", "true"))
                        .body())
                .contains("Another earner has that handle");
    }

    @Test
    void theZipHoldsEveryCredentialByteForByteWithAnIndex() throws IOException {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Zipping University");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Zip Per");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Archiving", "jwt"), earner.name(), earner.email());
        Earners.accept(earner, credential, jdbc);
        byte[] png = Credentials.png("Zipped PNG");
        byte[] json = Credentials.json("Zipped JSON");
        Earners.importFile(earner.browser(), "zipped.png", "image/png", png);
        Earners.importFile(earner.browser(), "zipped.json", "application/json", json);

        Map<String, byte[]> files = unzip(download(earner.browser(), "/backpack/export.zip"));
        assertThat(files).containsKey("index.json").hasSize(4);
        JsonNode index = Json.parse(new String(files.get("index.json"), StandardCharsets.UTF_8));
        Map<String, byte[]> byName = new LinkedHashMap<>();
        for (JsonNode row : index.get("credentials")) {
            byName.put(row.get("name").asText(), files.get(row.get("file").asText()));
            assertThat(Imports.digest(files.get(row.get("file").asText())))
                    .isEqualTo(row.get("sha256").asText());
        }
        String document = jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();
        assertThat(byName.get("Zipped PNG")).isEqualTo(png);
        assertThat(byName.get("Zipped JSON")).isEqualTo(json);
        assertThat(byName.get("Archiving")).isEqualTo(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCollectionDownloadsAsAClrCredentialSignedByThePlatformThatPassesTheSchemaAndVerifies() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Comprehensive College");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Clara Learner");
        UUID issued = Earners.accept(
                earner,
                Scenario.issue(issuer, Scenario.badge(issuer, "Statistics", "di"), earner.name(), earner.email()),
                jdbc);
        UUID imported = Earners.importedItem(Earners.importFile(
                earner.browser(),
                "imported.json",
                "application/json",
                Credentials.json("Imported Skill", earner.email(), true)));
        UUID jwt = Earners.importedItem(Earners.importFile(
                earner.browser(), "imported.jwt", "text/plain", Credentials.jwt("A JWT Skill", earner.email())));
        UUID collection = collection(earner, "Transcript", issued, imported, jwt);

        HttpResponse<byte[]> response = earner.browser()
                .raw(HttpRequest.newBuilder(earner.browser().uri("/backpack/collections/" + collection + "/clr.json")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Laurel-Left-Out")).hasValue("1");
        assertThat(response.headers().firstValue("Laurel-Not-Issued-To-Earner")).hasValue("0");
        JsonNode clr = Json.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(clr.at("/type/1").asText()).isEqualTo("ClrCredential");
        assertThat(clr.at("/issuer/id").asText()).isEqualTo("did:web:localhost%3A" + PORT);
        assertThat(clr.at("/proof/verificationMethod").asText())
                .isEqualTo("did:web:localhost%3A" + PORT + "#platform-1");
        assertThat(clr.at("/credentialSubject/verifiableCredential")).hasSize(2);
        assertThat(SchemaValidator.instance().validate(clr, CredentialSchema.CLR_CREDENTIAL))
                .isEmpty();
        byte[] bundled;
        try (var in = SchemaValidator.class.getResourceAsStream(
                "/dev/laurel/credentials/schema/clr_v2p0_clrcredential_schema.json")) {
            assertThat(in).as("the bundled CLR schema is on the classpath").isNotNull();
            bundled = in.readAllBytes();
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundled)))
                .as("the bundled schema is 1EdTech's clr_v2p0_clrcredential_schema.json, byte for byte")
                .isEqualTo(CLR_SCHEMA_SHA256);
        Path spec = Path.of("/work/shared/spec/schemas/clr_v2p0/clr_v2p0_clrcredential_schema.json");
        if (Files.exists(spec)) {
            assertThat(bundled).as("the bundled schema is the spec's").isEqualTo(Files.readAllBytes(spec));
        }
        VerificationReport report = verification.verify(response.body());
        assertThat(report.failures()).isEmpty();
        assertThat(report.verified()).isTrue();

        JsonNode did = Json.parse(new Browser(port).get("/.well-known/did.json").body());
        assertThat(did.get("id").asText()).isEqualTo("did:web:localhost%3A" + PORT);
        assertThat(did.at("/verificationMethod/0/id").asText()).endsWith("#platform-1");
    }

    private static UUID collection(Scenario.Person earner, String name, UUID... items) {
        Browser browser = earner.browser();
        browser.get("/backpack/collections");
        Browser.Page made = browser.post("/backpack/collections", Map.of("name", name, "description", ""));
        String path = made.uri().getPath();
        assertThat(path).startsWith("/backpack/collections/");
        for (UUID item : items) {
            browser.post(path + "/items", Map.of("item", item.toString()));
        }
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    private static byte[] download(Browser browser, String path) {
        HttpResponse<byte[]> response = browser.raw(HttpRequest.newBuilder(browser.uri(path)));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
