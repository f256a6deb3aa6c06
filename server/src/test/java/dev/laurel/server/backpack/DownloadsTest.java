package dev.laurel.server.backpack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laurel.credentials.bake.Baker;
import dev.laurel.credentials.bake.ImageKind;
import dev.laurel.credentials.bake.UnbakeResult;
import dev.laurel.credentials.json.Json;
import dev.laurel.credentials.proof.DecodedJwt;
import dev.laurel.credentials.report.VerificationReport;
import dev.laurel.server.Browser;
import dev.laurel.server.Scenario;
import dev.laurel.server.ServerTest;
import dev.laurel.server.verification.CredentialVerification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-credential downloads from the backpack: baked PNG and SVG, JSON and JWT, for issued and imported credentials,
 * and the certificate PDF of one issued here.
 */
class DownloadsTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CredentialVerification verification;

    @Test
    void aPrivateCredentialIssuedHereDownloadsInEveryFormToItsEarnerOnly() throws Exception {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Download Polytechnic");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Dee Lowd");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Soldering", "di"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        Browser browser = earner.browser();
        browser.post("/backpack/items/" + item + "/visibility", Map.of("visibility", "private"));
        String document = jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();

        String page = browser.get("/backpack/items/" + item).body();
        for (String format : new String[] {"png", "svg", "json", "jwt"}) {
            assertThat(page).contains("/backpack/items/" + item + "/download/" + format);
        }
        assertThat(page).doesNotContain("/c/" + credential + "/badge.png");
        assertThat(browser.get("/c/" + credential + "/badge.png").status()).isEqualTo(404);

        HttpResponse<byte[]> png = download(browser, "/backpack/items/" + item + "/download/png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("soldering.png");
        assertThat(baked(png.body(), ImageKind.PNG)).isEqualTo(document);
        assertVerified(png.body());

        HttpResponse<byte[]> svg = download(browser, "/backpack/items/" + item + "/download/svg");
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(baked(svg.body(), ImageKind.SVG)).isEqualTo(document);

        HttpResponse<byte[]> json = download(browser, "/backpack/items/" + item + "/download/json");
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).isEqualTo(document);

        HttpResponse<byte[]> jwt = download(browser, "/backpack/items/" + item + "/download/jwt");
        String compact = new String(jwt.body(), StandardCharsets.UTF_8);
        assertThat(jwt.headers().firstValue("Content-Type")).hasValue("application/vc+jwt");
        VerificationReport report = verification.verify(jwt.body());
        assertThat(report.verified()).as("%s", report.failures()).isTrue();
        ObjectNode withoutProof = (ObjectNode) Json.parse(document);
        withoutProof.remove("proof");
        assertThat(DecodedJwt.parse(compact).credential()).isEqualTo(withoutProof);

        Scenario.Person stranger = Scenario.signUp(port, jdbc, "Someone Else");
        stranger.browser().get("/backpack");
        assertThat(download(stranger.browser(), "/backpack/items/" + item + "/download/png")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> anonymous = download(new Browser(port), "/backpack/items/" + item + "/download/png");
        assertThat(anonymous.uri().getPath()).as("sent to sign in").isEqualTo("/login");
        assertThat(ImageKind.detect(anonymous.body())).isEqualTo(ImageKind.OTHER);
        assertThat(download(browser, "/backpack/items/" + item + "/download/pdf")
                        .statusCode())
                .isEqualTo(404);

        assertThat(page).contains("/backpack/items/" + item + "/certificate.pdf");
        assertThat(browser.get("/c/" + credential + "/certificate.pdf").status())
                .isEqualTo(404);
        HttpResponse<byte[]> certificate = download(browser, "/backpack/items/" + item + "/certificate.pdf");
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("Content-Type")).hasValue("application/pdf");
        VerificationReport sealed = verification.verify(certificate.body());
        assertThat(sealed.verified()).as("%s", sealed.failures()).isTrue();
        assertThat(download(stranger.browser(), "/backpack/items/" + item + "/certificate.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aVcJwtIssuedHereAlsoDownloadsAsJsonSignedByItsIssuer() {
        Scenario.Issuer issuer = Scenario.issuer(port, jdbc, "Jot University");
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Jay Dabble");
        UUID credential =
                Scenario.issue(issuer, Scenario.badge(issuer, "Tokens", "jwt"), earner.name(), earner.email());
        UUID item = Earners.accept(earner, credential, jdbc);
        String document = jdbc.sql("select document from credentials where id = :id")
                .param("id", credential)
                .query(String.class)
                .single();

        HttpResponse<byte[]> jwt = download(earner.browser(), "/backpack/items/" + item + "/download/jwt");
        assertThat(new String(jwt.body(), StandardCharsets.UTF_8)).isEqualTo(document);
        HttpResponse<byte[]> json = download(earner.browser(), "/backpack/items/" + item + "/download/json");
        JsonNode signed = Json.parse(new String(json.body(), StandardCharsets.UTF_8));
        assertThat(signed.path("proof").path("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        VerificationReport report = verification.verify(json.body());
        assertThat(report.verified()).as("%s", report.failures()).isTrue();
        ObjectNode withoutProof = ((ObjectNode) signed).deepCopy();
        withoutProof.remove("proof");
        assertThat(withoutProof).isEqualTo(DecodedJwt.parse(document).credential());
        assertThat(baked(
                        download(earner.browser(), "/backpack/items/" + item + "/download/png")
                                .body(),
                        ImageKind.PNG))
                .isEqualTo(document);
    }

    @Test
    void anImportedJsonCredentialBakesIntoItsOwnImageAndKeepsItsBytes() throws Exception {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Imre Porter");
        Browser browser = earner.browser();
        ObjectNode unsigned = Credentials.unsigned("Knot Tying");
        byte[] image = dev.laurel.server.Images.png(48, 32);
        ((ObjectNode) unsigned.path("credentialSubject").path("achievement"))
                .putObject("image")
                .put("id", "data:image/png;base64," + Base64.getEncoder().encodeToString(image))
                .put("type", "Image");
        byte[] original = Json.writePretty(Credentials.sign(unsigned)).getBytes(StandardCharsets.UTF_8);
        UUID item = Earners.importedItem(Earners.importFile(browser, "knot.json", "application/json", original));

        String page = browser.get("/backpack/items/" + item).body();
        assertThat(page)
                .contains("/backpack/items/" + item + "/download/png")
                .contains("/backpack/items/" + item + "/download/json")
                .doesNotContain("/backpack/items/" + item + "/download/jwt");

        assertThat(download(browser, "/backpack/items/" + item + "/download/json")
                        .body())
                .isEqualTo(original);
        byte[] png =
                download(browser, "/backpack/items/" + item + "/download/png").body();
        assertThat(baked(png, ImageKind.PNG)).isEqualTo(new String(original, StandardCharsets.UTF_8).strip());
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(shown.getWidth()).as("baked into the credential's own image").isEqualTo(48);
        assertThat(shown.getHeight()).isEqualTo(32);
        assertVerified(png);
        byte[] svg =
                download(browser, "/backpack/items/" + item + "/download/svg").body();
        assertThat(baked(svg, ImageKind.SVG)).isEqualTo(new String(original, StandardCharsets.UTF_8).strip());
        assertVerified(svg);

        HttpResponse<byte[]> jwt = download(browser, "/backpack/items/" + item + "/download/jwt");
        assertThat(jwt.statusCode()).isEqualTo(404);
        assertThat(new String(jwt.body(), StandardCharsets.UTF_8))
                .contains("only its issuer could sign it as a VC-JWT");

        // Public while it is public, on its /i/ page; not once private.
        Browser anyone = new Browser(port);
        assertThat(download(anyone, "/i/" + item + "/download/png").body()).isEqualTo(png);
        assertThat(anyone.get("/i/" + item).body()).contains("/i/" + item + "/download/svg");
        browser.post("/backpack/items/" + item + "/visibility", Map.of("visibility", "private"));
        assertThat(download(anyone, "/i/" + item + "/download/png").statusCode())
                .isEqualTo(404);
        assertThat(download(browser, "/backpack/items/" + item + "/download/png")
                        .body())
                .isEqualTo(png);
    }

    @Test
    void anImportedBakedImageIsItsOwnDownloadAndBakesIntoTheOtherKind() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Bea Kerr");
        Browser browser = earner.browser();
        byte[] original = Credentials.png("Bread Making");
        UUID item = Earners.importedItem(Earners.importFile(browser, "bread.png", "image/png", original));
        String payload = ((UnbakeResult.Found) Baker.unbake(original)).payload().text();

        assertThat(download(browser, "/backpack/items/" + item + "/download/png")
                        .body())
                .isEqualTo(original);
        byte[] svg =
                download(browser, "/backpack/items/" + item + "/download/svg").body();
        assertThat(baked(svg, ImageKind.SVG)).isEqualTo(payload);
        assertVerified(svg);
        assertThat(new String(
                        download(browser, "/backpack/items/" + item + "/download/json")
                                .body(),
                        StandardCharsets.UTF_8))
                .isEqualTo(payload);
    }

    @Test
    void anImportedVcJwtDownloadsAsItsJwtAndBakedButNeverAsUnsignedJson() {
        Scenario.Person earner = Scenario.signUp(port, jdbc, "Jo Wett");
        Browser browser = earner.browser();
        byte[] original = Credentials.jwt("Welding");
        UUID item = Earners.importedItem(Earners.importFile(browser, "welding.jwt", "application/vc+jwt", original));

        assertThat(download(browser, "/backpack/items/" + item + "/download/jwt")
                        .body())
                .isEqualTo(original);
        HttpResponse<byte[]> json = download(browser, "/backpack/items/" + item + "/download/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("only its issuer could sign it as JSON");
        byte[] png =
                download(browser, "/backpack/items/" + item + "/download/png").body();
        assertThat(baked(png, ImageKind.PNG)).isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertVerified(png);
    }

    private void assertVerified(byte[] file) {
        VerificationReport report = verification.verify(file);
        assertThat(report.verified()).as("%s", report.failures()).isTrue();
    }

    private static String baked(byte[] image, ImageKind kind) {
        assertThat(ImageKind.detect(image)).isEqualTo(kind);
        UnbakeResult result = Baker.unbake(image);
        assertThat(result).isInstanceOf(UnbakeResult.Found.class);
        return ((UnbakeResult.Found) result).payload().text();
    }

    private static HttpResponse<byte[]> download(Browser browser, String path) {
        return browser.raw(HttpRequest.newBuilder(browser.uri(path)));
    }
}
